import { type AppConfig, loadConfig } from '@gongkai/platform';
import { quietSecrets } from './test-database.js';
import { TEST_REDIS_URL } from './test-stack.js';

/**
 * The configuration of processors run in process by an integration test: its database, the test
 * Redis under its own queue prefix, an SMTP server, no logs; `env` adds or overrides variables.
 */
export function integrationConfig(options: {
  databaseUrl: string;
  smtpUrl: string;
  queuePrefix: string;
  env?: Record<string, string>;
}): AppConfig {
  return {
    ...loadConfig({
      ...quietSecrets(),
      NODE_ENV: 'test',
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: TEST_REDIS_URL,
      SMTP_URL: options.smtpUrl,
      LOG_LEVEL: 'silent',
      ...options.env,
    }),
    queuePrefix: options.queuePrefix,
  };
}
