import { type INestApplicationContext, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { type JobPayloads, QueueName } from '@gongkai/platform';
import { type Clock, type DomainError, Outcome } from '@gongkai/rules';
import {
  createAgency,
  createTestDatabase,
  createUser,
  deleteRedisPrefix,
  insertApplicationRows,
  integrationConfig,
  startJobsContext,
  TEST_REDIS_URL,
  type AgencyRow,
  type TestDatabase,
  waitForQueuesIdle,
} from '@gongkai/testing';
import type { QuarterlyStatistics } from '../statistics/quarterly-statistics.js';
import { checksumOf } from '../support/canonical-json.js';
import { ReportingJobsModule } from '../reporting-jobs.module.js';
import { PublishQuarterlyStatisticsUseCase } from '../use-cases/publish-quarterly-statistics.use-case.js';
import { PrepareAnnualReportUseCase } from '../use-cases/prepare-annual-report.use-case.js';
import { PublishedStatisticsQuery } from '../use-cases/published-statistics.query.js';
import { FinalizeAnnualReportUseCase } from '../use-cases/finalize-annual-report.use-case.js';
import { PUBLISH_QUARTER_PATTERN, STATISTICS_TIME_ZONE } from './statistics-schedules.js';

/** 2025-01-01 01:00 in Asia/Shanghai: the scheduler's tick for 2024 Q4 (and the year 2024). */
const TICK = new Date('2024-12-31T17:00:00.000Z');

/**
 * Publication against real PostgreSQL and Redis, with two workers in process: the scheduled
 * tick, run twice, publishes each agency's quarter once; supervisors' corrections add versions.
 */
describe('statistics publication (integration)', () => {
  let db: TestDatabase;
  const workers: INestApplicationContext[] = [];
  let queue: Queue;
  let agencyA: AgencyRow;
  let agencyB: AgencyRow;
  let supervisorA: { id: string };
  const prefix = `{test-rep-${process.pid}}`;
  const clock: Clock = { now: () => TICK };

  const startWorker = () =>
    startJobsContext({
      // No mail is sent here: the notices go to the outbox, which these workers do not relay.
      config: integrationConfig({
        databaseUrl: db.url,
        smtpUrl: 'smtp://127.0.0.1:9',
        queuePrefix: prefix,
      }),
      jobs: ReportingJobsModule,
      clock,
    });

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    agencyA = await createAgency(db.pool, { name: '测试市人民政府' });
    agencyB = await createAgency(db.pool, { name: '测试市教育局', parent: agencyA });
    supervisorA = await createUser(db.pool, { roles: ['SUPERVISOR'], agency: agencyA });
    await insertApplicationRows(db.pool, agencyA, [
      {
        receivedOn: '2024-10-08',
        concludedOn: '2024-10-30',
        outcome: Outcome.GRANTED,
        servedOn: '2024-10-30',
        replyDueOn: '2024-11-05',
      },
      { receivedOn: '2024-12-20' },
    ]);
    await insertApplicationRows(db.pool, agencyB, [{ receivedOn: '2024-11-11' }]);
    workers.push(await startWorker(), await startWorker());
    queue = new Queue(QueueName.STATISTICS, { connection: { url: TEST_REDIS_URL }, prefix });
  });

  afterAll(async () => {
    await queue?.close();
    for (const w of workers) await w.close();
    await db?.drop();
    await deleteRedisPrefix(TEST_REDIS_URL, prefix);
  });

  const snapshots = async (agencyId: string) =>
    (
      await db.pool.query<{
        id: string;
        year: number;
        quarter: number;
        version: number;
        data: QuarterlyStatistics;
        checksum: string;
        reason: string | null;
      }>('select * from statistics_snapshot where agency_id = $1 order by quarter, version', [
        agencyId,
      ])
    ).rows;
  const outbox = async () =>
    (
      await db.pool.query<{ payload: { snapshotId: string } }>(
        `select payload from outbox_message where topic = 'mail.statistics-published'`,
      )
    ).rows;

  it('registers the quarterly scheduler at 01:00 Asia/Shanghai on quarter starts', async () => {
    // Registered in the background once the worker has started (it does not wait for Redis).
    let schedulers = await queue.getJobSchedulers();
    for (let tries = 0; schedulers.length < 2 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      schedulers = await queue.getJobSchedulers();
    }
    const quarterly = schedulers.find((s) => s.key === 'statistics.publish-due-quarter');
    expect(quarterly).toMatchObject({ pattern: PUBLISH_QUARTER_PATTERN, tz: STATISTICS_TIME_ZONE });
    expect(schedulers.map((s) => s.key).sort()).toEqual([
      'statistics.draft-annual-reports',
      'statistics.publish-due-quarter',
    ]);
  });

  it('publishes the previous quarter once per agency, though the tick runs twice on two workers', async () => {
    const tick: JobPayloads['statistics.publish-due-quarter'] = {};
    await queue.add('statistics.publish-due-quarter', tick, { jobId: 'tick-1' });
    await queue.add('statistics.publish-due-quarter', tick, { jobId: 'tick-2' });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix, 30_000);
    const [a] = await snapshots(agencyA.id);
    expect(await snapshots(agencyA.id)).toHaveLength(1);
    expect(await snapshots(agencyB.id)).toHaveLength(1);
    expect(a).toMatchObject({ year: 2024, quarter: 4, version: 1, reason: null });
    // The agency's own numbers: 2 received, 1 granted, 1 pending (B's application is not in A's).
    expect(a!.data.current.rows.RECEIVED?.TOTAL).toBe(2);
    expect(a!.data.current.rows.GRANTED?.TOTAL).toBe(1);
    expect(a!.data.pendingAtEnd).toBe(1);
    expect(a!.data.replies).toMatchObject({ onTime: 1, late: 0 });
    expect(a!.checksum).toBe(checksumOf(a!.data));
    const mails = await outbox();
    expect(mails.map((m) => m.payload.snapshotId).sort()).toEqual(
      [a!.id, (await snapshots(agencyB.id))[0]!.id].sort(),
    );
  });

  it('a double click publishes once; a correction adds version 2 and keeps version 1', async () => {
    const publish = workers[0]!.get(PublishQuarterlyStatisticsUseCase);
    const principal = { userId: supervisorA.id, roles: ['SUPERVISOR'], agencyId: agencyA.id };
    // Nothing published for Q3 yet: two clicks at once create one snapshot, and one of them says so.
    const q3 = await Promise.all([
      publish.execute({ agencyId: agencyA.id, year: 2024, quarter: 3, principal }),
      publish.execute({ agencyId: agencyA.id, year: 2024, quarter: 3, principal }),
    ]);
    expect(q3.map((r) => r.created).sort()).toEqual([false, true]);
    expect(q3[0].snapshot.id).toBe(q3[1].snapshot.id);
    // Q4 was published by the job: publishing it again returns that snapshot.
    const q4 = await publish.execute({ agencyId: agencyA.id, year: 2024, quarter: 4, principal });
    expect(q4.created).toBe(false);
    expect((await snapshots(agencyA.id)).map((x) => [x.quarter, x.version])).toEqual([
      [3, 1],
      [4, 1],
    ]);

    // A late-recorded conclusion changes the quarter; the correction publishes it as version 2.
    await insertApplicationRows(db.pool, agencyA, [
      {
        receivedOn: '2024-11-04',
        concludedOn: '2024-11-20',
        outcome: Outcome.UNAVAILABLE_NOT_HELD,
      },
    ]);
    const corrected = await publish.execute({
      agencyId: agencyA.id,
      year: 2024,
      quarter: 4,
      principal,
      correctionReason: '  补录一件办结申请  ',
    });
    expect(corrected.created).toBe(true);
    const [, v1, v2] = await snapshots(agencyA.id);
    expect(v1).toMatchObject({ version: 1, reason: null });
    expect(v1!.data.current.rows.RECEIVED?.TOTAL).toBe(2);
    expect(v2).toMatchObject({ version: 2, reason: '补录一件办结申请' });
    expect(v2!.data.current.rows.RECEIVED?.TOTAL).toBe(3);
    expect(v2!.checksum).toBe(checksumOf(v2!.data));
    expect(v2!.checksum).not.toBe(v1!.checksum);
    expect((await outbox()).map((m) => m.payload.snapshotId)).toContain(v2!.id);

    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: DomainError) => e.code,
      );
    // The quarter the clock is in cannot be published yet; a correction needs version 1.
    expect(
      await codeOf(publish.execute({ agencyId: agencyA.id, year: 2025, quarter: 1, principal })),
    ).toBe('STATISTICS.PERIOD_NOT_OVER');
    expect(
      await codeOf(
        publish.execute({
          agencyId: agencyA.id,
          year: 2024,
          quarter: 2,
          principal,
          correctionReason: 'x',
        }),
      ),
    ).toBe('STATISTICS.NOT_PUBLISHED');
    expect(
      await codeOf(
        publish.execute({
          agencyId: agencyA.id,
          year: 2024,
          quarter: 4,
          principal,
          correctionReason: ' ',
        }),
      ),
    ).toBe('STATISTICS.REASON_REQUIRED');
    // A supervisor of the child cannot publish for the parent.
    const child = { userId: supervisorA.id, roles: ['SUPERVISOR'], agencyId: agencyB.id };
    expect(
      await codeOf(
        publish.execute({ agencyId: agencyA.id, year: 2024, quarter: 4, principal: child }),
      ),
    ).toBe('AUTH.FORBIDDEN');
  });

  it('drafts the annual reports in January; a supervisor marks one final and it no longer changes', async () => {
    await queue.add('statistics.draft-annual-reports', {}, { jobId: 'annual-tick' });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix, 30_000);
    const reports = async () =>
      (
        await db.pool.query<{
          agency_id: string;
          include_subtree: boolean;
          status: string;
          data: { tableThree: { rows: Record<string, { TOTAL: number }> } };
        }>('select * from annual_report order by agency_id, include_subtree')
      ).rows;
    const drafts = await reports();
    // A has a child: its own report and its subtree's; B only its own.
    expect(
      drafts
        .map((r) => [r.agency_id === agencyA.id ? 'A' : 'B', r.include_subtree, r.status])
        .sort(),
    ).toEqual([
      ['A', false, 'DRAFT'],
      ['A', true, 'DRAFT'],
      ['B', false, 'DRAFT'],
    ]);
    const subtree = drafts.find((r) => r.agency_id === agencyA.id && r.include_subtree)!;
    expect(subtree.data.tableThree.rows['RECEIVED']!.TOTAL).toBe(4);

    const principal = { userId: supervisorA.id, roles: ['SUPERVISOR'], agencyId: agencyA.id };
    // The supervisors' use case lives in the api; here it runs on a worker's EntityManager.
    const finalize = new FinalizeAnnualReportUseCase(workers[1]!.get(EntityManager), clock);
    const final = await finalize.execute({
      principal,
      agencyId: agencyA.id,
      year: 2024,
      includeSubtree: false,
    });
    expect(final.status).toBe('FINAL');
    await insertApplicationRows(db.pool, agencyA, [{ receivedOn: '2024-12-30' }]);
    const again = await workers[0]!
      .get(PrepareAnnualReportUseCase)
      .execute({ principal: null, agencyId: agencyA.id, year: 2024, includeSubtree: false });
    expect(again.status).toBe('FINAL');
    expect(again.checksum).toBe(final.checksum);
    const refused = await finalize
      .execute({ principal, agencyId: agencyA.id, year: 2024, includeSubtree: false })
      .catch((e: DomainError) => e.code);
    expect(refused).toBe('STATISTICS.REPORT_ALREADY_FINAL');
  });

  it('refuses to serve a snapshot that no longer matches its checksum', async () => {
    const query = new PublishedStatisticsQuery(workers[0]!.get(EntityManager));
    expect(await query.list(agencyB.code, 2024)).toHaveLength(1);
    await db.pool.query(
      `update statistics_snapshot set data = jsonb_set(data, '{pendingAtEnd}', '0') where agency_id = $1`,
      [agencyB.id],
    );
    const code = await query.list(agencyB.code, 2024).then(
      () => 'served',
      (e: DomainError) => e.code,
    );
    expect(code).toBe('STATISTICS.CHECKSUM_MISMATCH');
  });
});
