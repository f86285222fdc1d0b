import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@gongkai/platform';
import { ApiModule } from './app.module.js';
import { mountQueueDashboard } from './queue-dashboard.js';

/** Builds the api (used by entry.ts, the schema printer and the test harness). */
export async function createApi(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config),
    new FastifyAdapter({ trustProxy: [...config.trustProxy], bodyLimit: 1_048_576 }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const closeDashboard = await mountQueueDashboard(app);
  app.getHttpAdapter().getInstance().addHook('onClose', closeDashboard);
  return app;
}
