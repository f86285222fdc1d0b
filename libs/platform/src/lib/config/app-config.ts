import { z } from 'zod';

/**
 * The one place that reads `process.env` (HOUSE-STYLE: "reading process.env outside the config
 * module" is avoided). Everything else receives an `AppConfig`.
 */

const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
// 32 bytes, base64. Dev only: production refuses to start without a real key.
const DEV_DATA_ENCRYPTION_KEY = 'ZGV2LW9ubHktZGF0YS1rZXktZG8tbm90LXVzZS0zMmI=';

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return protocols.includes(url.protocol) && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']).default(
    'postgres://postgres@127.0.0.1:5432/gongkai',
  ),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']).default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z
    .string()
    .regex(
      /^(.+<[^\s@]+@[^\s@]+>|[^\s@]+@[^\s@]+)$/,
      'must be an address, e.g. 公开办 <gk@example.cn>',
    )
    .default('公开办 <noreply@demo.gongkai.cn>'),
  PORT: port.default(3000),
  WORKER_HEALTH_PORT: port.default(3001),
  PORTAL_URL: urlWithProtocols(['http:', 'https:']).default('http://localhost:5173'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^[0-9a-fA-F.:/,\s]+$/,
      'must be a comma-separated list of proxy addresses or CIDR ranges',
    )
    .default('127.0.0.1,::1'),
  /** Tests only: a file holding the instant "now" (ISO 8601); see `fileClock`. */
  TEST_CLOCK_FILE: z.string().min(1).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/i, 'must be 1–40 letters, digits, "-" or "_"')
    .default('gongkai'),
  MAIL_ATTEMPTS: wholeNumber(1, 100).default(8),
  MAIL_BACKOFF_MS: wholeNumber(10, 3_600_000).default(5_000),
  MAIL_SWEEP_SECONDS: wholeNumber(1, 3_600).default(30),
  OUTBOX_POLL_MS: wholeNumber(10, 3_600_000).default(5_000),
  ACCOUNT_STATE_TTL_MS: wholeNumber(0, 60_000).default(5_000),
});

export type Environment = 'development' | 'test' | 'production';

export interface AppConfig {
  readonly env: Environment;
  readonly logLevel: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly smtpUrl: string;
  readonly mailFrom: string;
  readonly port: number;
  readonly workerHealthPort: number;
  readonly portalUrl: string;
  readonly jwtSecret: string;
  /** 32 bytes for AES-256-GCM (ID numbers at rest) and the keyed hash of ID numbers. */
  readonly dataEncryptionKey: Buffer;
  /**
   * BullMQ key prefix, wrapped in a Redis Cluster hash tag (`{gongkai}`) so every key of a queue
   * lands in one slot.
   */
  readonly queuePrefix: string;
  /** Reverse proxies whose X-Forwarded-For is believed (client addresses feed rate limits). */
  readonly trustProxy: readonly string[];
  /** Tests only: the file the clock reads "now" from; null unless NODE_ENV=test. */
  readonly testClockFile: string | null;
  /**
   * One round of mail retries: attempts and the first delay of the exponential backoff. After a
   * round fails on a transient error the message stays PENDING and the sweep starts a new round.
   */
  readonly mailRetry: { readonly attempts: number; readonly backoffMs: number };
  /**
   * How often the relay sweeps `email_message` rows still PENDING, and how old (by the clock) a
   * row must be before the sweep touches it.
   */
  readonly mailSweepSeconds: number;
  /** The outbox relay's polling interval: the safety net behind the LISTEN/NOTIFY wake-up. */
  readonly outboxPollMs: number;
  /**
   * How long an api process trusts what it read of an account (roles, agency, disabled, password
   * version) before reading it again: the longest another process serves a changed account. 0:
   * every authenticated request reads its account.
   */
  readonly accountStateTtlMs: number;
  /** Settings that fell back to dev-only values; the entry point warns loudly about each. */
  readonly insecureDefaults: readonly string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws one `ConfigError` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "not set" (a common result of `FOO= npm start`).
  const input = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = schema.safeParse(input);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')} ${issue.message}`);
    }
    throw new ConfigError(problems);
  }
  const value = parsed.data;
  const insecureDefaults: string[] = [];
  const secret = (name: 'JWT_SECRET' | 'DATA_ENCRYPTION_KEY', devValue: string): string => {
    const given = value[name];
    if (given !== undefined) return given;
    if (value.NODE_ENV === 'production') {
      problems.push(`${name} is required when NODE_ENV=production`);
      return '';
    }
    insecureDefaults.push(name);
    return devValue;
  };
  const jwtSecret = secret('JWT_SECRET', DEV_JWT_SECRET);
  const dataEncryptionKey = secret('DATA_ENCRYPTION_KEY', DEV_DATA_ENCRYPTION_KEY);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: value.NODE_ENV,
    logLevel: value.LOG_LEVEL,
    databaseUrl: value.DATABASE_URL,
    redisUrl: value.REDIS_URL,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    port: value.PORT,
    workerHealthPort: value.WORKER_HEALTH_PORT,
    portalUrl: value.PORTAL_URL,
    jwtSecret,
    dataEncryptionKey: Buffer.from(dataEncryptionKey, 'base64'),
    queuePrefix: `{${value.QUEUE_PREFIX}}`,
    trustProxy: value.TRUST_PROXY.split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    // Ignored outside tests: a stray variable can never move a real deployment's clock.
    testClockFile: value.NODE_ENV === 'test' ? (value.TEST_CLOCK_FILE ?? null) : null,
    mailRetry: { attempts: value.MAIL_ATTEMPTS, backoffMs: value.MAIL_BACKOFF_MS },
    mailSweepSeconds: value.MAIL_SWEEP_SECONDS,
    outboxPollMs: value.OUTBOX_POLL_MS,
    accountStateTtlMs: value.ACCOUNT_STATE_TTL_MS,
    insecureDefaults,
  };
}

/**
 * For entry points: load the configuration or print one message naming every bad variable and
 * exit non-zero. Warns loudly about dev-only secrets.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    const config = loadConfig(env);
    for (const name of config.insecureDefaults) {
      process.stderr.write(
        `\n!!! WARNING: ${name} is not set; using a development-only value. Never do this in production. !!!\n\n`,
      );
    }
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
