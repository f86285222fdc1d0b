import type pg from 'pg';

/**
 * Records one PENDING e-mail straight in the test database, as a use case's transaction would,
 * for mail-delivery tests: the `diagnostic` template with valid data unless `data` is given
 * (e.g. `{}`, which the template refuses). Returns its id.
 */
export async function insertPendingEmail(
  pool: pg.Pool,
  recipient: string,
  data: Record<string, unknown> = { requestedAt: '2026-11-26T00:00:00.000Z' },
): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `insert into email_message (id, recipient, template, data, status, attempts, created_at)
     values (gen_random_uuid(), $1, 'diagnostic', $2, 'PENDING', 0, now()) returning id`,
    [recipient, data],
  );
  return rows[0]!.id;
}
