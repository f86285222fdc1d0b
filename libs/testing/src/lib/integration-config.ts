import { type INestApplicationContext, Module, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataModule } from '@gongkai/data';
import { type AppConfig, CLOCK, ConfigModule, loadConfig, QueueModule } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
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

/**
 * A worker's job processors in process, as apps/worker wires them (configuration, data, the
 * queues as a worker, the feature's jobs module), optionally on an injected clock. Its schedulers
 * run (the lifecycle hooks are called); close it to stop its BullMQ workers.
 */
export async function startJobsContext(options: {
  config: AppConfig;
  jobs: Type;
  clock?: Clock;
}): Promise<INestApplicationContext> {
  @Module({
    imports: [
      ConfigModule.forRoot(options.config),
      DataModule,
      QueueModule.forRoot('worker'),
      options.jobs,
    ],
  })
  class TestWorkerModule {}
  const builder = Test.createTestingModule({ imports: [TestWorkerModule] });
  if (options.clock) builder.overrideProvider(CLOCK).useValue(options.clock);
  const moduleRef = await builder.compile();
  // A TestingModule is an application context: init() runs the lifecycle hooks (schedulers).
  await moduleRef.init();
  return moduleRef;
}
