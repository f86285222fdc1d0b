import { ConfigError, loadConfig } from './app-config.js';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('has working defaults for development, and says which secrets fell back', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/gongkai',
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: 'smtp://127.0.0.1:1025',
      port: 3000,
      queuePrefix: '{gongkai}',
      mailRetry: { attempts: 8, backoffMs: 5_000 },
      mailSweepSeconds: 30,
      outboxPollMs: 5_000,
      accountStateTtlMs: 5_000,
    });
    expect(config.insecureDefaults).toEqual(['JWT_SECRET', 'DATA_ENCRYPTION_KEY']);
    expect(config.dataEncryptionKey).toHaveLength(32);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://db/x',
      REDIS_URL: 'not a url',
      QUEUE_PREFIX: 'has space',
      NODE_ENV: 'staging',
    });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual([
      'DATABASE_URL',
      'NODE_ENV',
      'PORT',
      'QUEUE_PREFIX',
      'REDIS_URL',
    ]);
  });

  it('refuses ports out of range and short secrets', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT must be between 1 and 65535']);
    expect(problemsOf({ JWT_SECRET: 'short' })).toEqual([
      'JWT_SECRET must be at least 32 characters',
    ]);
    expect(problemsOf({ DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toEqual([
      'DATA_ENCRYPTION_KEY must be 32 bytes encoded as base64',
    ]);
  });

  it('stops production without its secrets, and accepts it with them', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET is required when NODE_ENV=production',
      'DATA_ENCRYPTION_KEY is required when NODE_ENV=production',
    ]);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(config.insecureDefaults).toEqual([]);
  });

  it('reads the test clock file only when NODE_ENV=test', () => {
    const file = '/tmp/gongkai-test.clock';
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK_FILE: file }).testClockFile).toBe(file);
    expect(loadConfig({ TEST_CLOCK_FILE: file }).testClockFile).toBeNull();
    const production = loadConfig({
      NODE_ENV: 'production',
      TEST_CLOCK_FILE: file,
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(production.testClockFile).toBeNull();
  });

  it('reads the mail retry round, the sweep, the relay poll and the account trust, within bounds', () => {
    expect(
      loadConfig({
        MAIL_ATTEMPTS: '2',
        MAIL_BACKOFF_MS: '50',
        MAIL_SWEEP_SECONDS: '1',
        OUTBOX_POLL_MS: '600000',
        ACCOUNT_STATE_TTL_MS: '0',
      }),
    ).toMatchObject({
      mailRetry: { attempts: 2, backoffMs: 50 },
      mailSweepSeconds: 1,
      outboxPollMs: 600_000,
      accountStateTtlMs: 0,
    });
    expect(
      problemsOf({ MAIL_ATTEMPTS: '0', OUTBOX_POLL_MS: 'soon', ACCOUNT_STATE_TTL_MS: '-1' }),
    ).toEqual([
      'MAIL_ATTEMPTS must be between 1 and 100',
      'OUTBOX_POLL_MS must be a number',
      'ACCOUNT_STATE_TTL_MS must be between 0 and 60000',
    ]);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ port: 3000, logLevel: 'info' });
  });
});
