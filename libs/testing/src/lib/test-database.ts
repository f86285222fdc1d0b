import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { NODE_BIN, REPO_ROOT } from './paths.js';

const run = promisify(execFile);

/** The server tests create their databases on (never a database itself). */
export const TEST_PG_SERVER = process.env['TEST_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';

function assertTestDatabase(name: string): void {
  // The house rule from domain-driven-hexagon: a test never touches a database without "test".
  if (!name.includes('test'))
    throw new Error(`Refusing to use database "${name}": its name lacks "test"`);
}

export interface TestDatabase {
  name: string;
  url: string;
  /** A pool for assertions and factories. */
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** Creates `gongkai_test_<random>` and migrates it with the built migration command. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `gongkai_test_${randomBytes(5).toString('hex')}`;
  assertTestDatabase(name);
  const admin = new pg.Client({ connectionString: `${TEST_PG_SERVER}/postgres` });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = `${TEST_PG_SERVER}/${name}`;
  await run(NODE_BIN, ['libs/data/dist/cli/migrate.js'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...quietSecrets(), DATABASE_URL: url, NODE_ENV: 'test' },
  });
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client's error (one cut by the forced drop at the end, say) must not crash the test
  // process: a query's own error still reaches the test through its promise.
  pool.on('error', () => undefined);
  return {
    name,
    url,
    pool,
    drop: async () => {
      await pool.end();
      await dropTestDatabase(name);
    },
  };
}

export async function dropTestDatabase(name: string): Promise<void> {
  assertTestDatabase(name);
  const admin = new pg.Client({ connectionString: `${TEST_PG_SERVER}/postgres` });
  await admin.connect();
  try {
    // pool.end() resolves before its sockets have closed: let them finish first, so the forced
    // drop only cuts connections that really were left behind (e.g. a killed app's).
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { rows } = await admin.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Fixed, test-only secrets so spawned processes do not warn about dev fallbacks. */
export function quietSecrets(): Record<string, string> {
  return {
    JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
}
