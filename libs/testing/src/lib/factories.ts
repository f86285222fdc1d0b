import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '@gongkai/platform';

export const TEST_PASSWORD = 'test-password-1';
let passwordHash: Promise<string> | undefined;

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  path: string;
}

/** Inserts an agency (optionally under `parent`) straight into the test database. */
export async function createAgency(
  pool: pg.Pool,
  props: { name?: string; code?: string; parent?: AgencyRow } = {},
): Promise<AgencyRow> {
  const id = randomUUID();
  const code = props.code ?? `T${randomBytes(3).toString('hex').toUpperCase()}`;
  const name = props.name ?? `测试机关 ${code}`;
  const path = `${props.parent ? props.parent.path : '/'}${id}/`;
  await pool.query(
    'insert into agency (id, code, name, parent_id, path, created_at) values ($1, $2, $3, $4, $5, now())',
    [id, code, name, props.parent?.id ?? null, path],
  );
  return { id, code, name, path };
}

export interface UserRow {
  id: string;
  email: string;
  password: string;
}

/** Inserts a user with `TEST_PASSWORD` (hashed with argon2id once per test file). */
export async function createUser(
  pool: pg.Pool,
  props: { roles: string[]; agency?: AgencyRow | null; email?: string; displayName?: string },
): Promise<UserRow> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const email =
    props.email ??
    `${props.roles[0]?.toLowerCase() ?? 'user'}-${randomBytes(4).toString('hex')}@test.gongkai.cn`;
  await pool.query(
    `insert into app_user (id, email, display_name, roles, agency_id, password_hash, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, now(), now())`,
    [
      id,
      email,
      props.displayName ?? `测试用户 ${email.split('@')[0]}`,
      props.roles,
      props.agency?.id ?? null,
      await passwordHash,
    ],
  );
  return { id, email, password: TEST_PASSWORD };
}
