import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppProcess, spawnApp, waitForHttp } from './app-process.js';
import { freePort } from './free-port.js';
import { GraphqlClient } from './graphql-client.js';
import { deleteRedisPrefix, waitForQueuesIdle } from './queues.js';
import { SmtpSink } from './smtp-sink.js';
import { createTestDatabase, quietSecrets, type TestDatabase } from './test-database.js';

export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestStack {
  db: TestDatabase;
  smtp: SmtpSink;
  /** The environment the api and worker run with; spread it to start more processes. */
  env: Record<string, string>;
  api: AppProcess;
  worker: AppProcess | null;
  apiUrl: string;
  client: GraphqlClient;
  /** The BullMQ prefix as the apps use it, e.g. `{test-ab12cd}`. */
  queuePrefix: string;
  startWorker(extraEnv?: Record<string, string>): Promise<AppProcess>;
  /**
   * Sets "now" for the api and worker (TEST_CLOCK_FILE): a LocalDate means 10:00 that day in
   * Asia/Shanghai; an instant is taken as is; null goes back to the system time.
   */
  setNow(now: string | Date | null): Promise<void>;
  waitForQueuesIdle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole system for one test file: its own migrated database, its own Redis prefix, an SMTP
 * sink, and the built api (and, unless told otherwise, worker) as real processes.
 */
export async function startTestStack(
  options: {
    worker?: boolean;
    smtpDelayMs?: number;
    /** Extra environment for the api and worker, e.g. a `REDIS_URL` through a `TcpGate`. */
    env?: Record<string, string>;
  } = {},
): Promise<TestStack> {
  const [db, smtp, port] = await Promise.all([
    createTestDatabase(),
    SmtpSink.start({ delayMs: options.smtpDelayMs ?? 0 }),
    freePort(),
  ]);
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const clockFile = join(tmpdir(), `gongkai-${prefix}.clock`);
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'warn',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    SMTP_URL: smtp.url,
    MAIL_FROM: '测试公开办 <gk@test.gongkai.cn>',
    PORT: String(port),
    QUEUE_PREFIX: prefix,
    TEST_CLOCK_FILE: clockFile,
    ...quietSecrets(),
    ...options.env,
  };
  const apiUrl = `http://127.0.0.1:${port}`;
  const api = spawnApp('apps/api/dist/main.js', env);
  const workers: AppProcess[] = [];

  const startWorker = async (extraEnv: Record<string, string> = {}) => {
    const healthPort = await freePort();
    const worker = spawnApp('apps/worker/dist/main.js', {
      ...env,
      WORKER_HEALTH_PORT: String(healthPort),
      ...extraEnv,
    });
    workers.push(worker);
    await waitForHttp(`http://127.0.0.1:${healthPort}/health/ready`, { process: worker });
    return worker;
  };

  await waitForHttp(`${apiUrl}/health/ready`, { process: api });
  const worker = options.worker === false ? null : await startWorker();

  return {
    db,
    smtp,
    env,
    api,
    worker,
    apiUrl,
    client: new GraphqlClient(apiUrl),
    queuePrefix: `{${prefix}}`,
    startWorker,
    setNow: async (now) => {
      const instant =
        now === null
          ? ''
          : now instanceof Date
            ? now.toISOString()
            : /^\d{4}-\d{2}-\d{2}$/.test(now)
              ? `${now}T10:00:00+08:00`
              : now;
      await writeFile(clockFile, instant);
    },
    waitForQueuesIdle: (timeoutMs) => waitForQueuesIdle(TEST_REDIS_URL, `{${prefix}}`, timeoutMs),
    stop: async () => {
      await Promise.all([api.stop(), ...workers.map((w) => w.stop())]);
      await Promise.all([
        smtp.stop(),
        db.drop(),
        deleteRedisPrefix(TEST_REDIS_URL, `{${prefix}}`),
        rm(clockFile, { force: true }),
      ]);
    },
  };
}
