import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@gongkai/data';
import { createTestDatabase, type TestDatabase } from '@gongkai/testing';
import { recordEmails } from './email-records.js';

/**
 * `recordEmails` against real PostgreSQL: the batch goes as one JSON parameter (`queryBound`), so
 * data that would need escaping in SQL text is stored as it was; a record that exists is left as
 * it is; and inside a transaction the insert is part of it (a rollback takes it back).
 */
describe('recordEmails (integration)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const now = new Date('2026-11-27T08:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await MikroORM.init(createOrmConfig({ databaseUrl: db.url, poolMax: 4 }));
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const stored = async (ids: string[]) =>
    (
      await db.pool.query(
        `select id, recipient, template, data, status, attempts, created_at from email_message
         where id = any($1::uuid[]) order by recipient`,
        [ids],
      )
    ).rows;

  it('stores each record as PENDING with its data exactly, quotes, backslashes and all; an existing one stays as it is', async () => {
    const records = [
      {
        id: '00000000-0000-4000-8000-000000000001',
        recipient: "o'brien@test.gongkai.cn",
        template: 'reminder',
        data: { agencyName: `"北京" \\ $1 ? '; drop table email_message; --`, n: [1, 2] },
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        recipient: 'zhang@test.gongkai.cn',
        template: 'reminder',
        data: {},
      },
    ];
    await recordEmails(orm.em.fork(), records, now);
    await recordEmails(
      orm.em.fork(),
      [{ ...records[1]!, data: { changed: true } }],
      new Date('2026-11-28T08:00:00Z'),
    );
    expect(await stored(records.map((r) => r.id))).toEqual(
      records.map((r) => ({ ...r, status: 'PENDING', attempts: 0, created_at: now })),
    );
  });

  it("is part of the caller's transaction: a rollback takes the records back", async () => {
    const id = '00000000-0000-4000-8000-000000000010';
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await recordEmails(
          tx,
          [{ id, recipient: 'rollback@test.gongkai.cn', template: 'reminder', data: {} }],
          now,
        );
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await stored([id])).toEqual([]);
  });
});
