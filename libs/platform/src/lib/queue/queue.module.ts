import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { QUEUE_DEFAULT_JOB_OPTIONS, type QueueName } from './queues.js';

@Module({})
export class QueueModule {
  /**
   * The BullMQ connection for one process role. Producers (the api) give up on a command after
   * one reconnection attempt while Redis is down, instead of holding requests open; workers wait
   * for Redis to come back.
   */
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            prefix: config.queuePrefix,
            connection: {
              url: config.redisUrl,
              maxRetriesPerRequest: role === 'worker' ? null : 1,
              retryStrategy: (times: number) => Math.min(times * 200, 5_000),
            },
          }),
        }),
      ],
      exports: [BullModule],
    };
  }

  static registerQueues(...names: QueueName[]): DynamicModule {
    return BullModule.registerQueue(
      ...names.map((name) => ({ name, defaultJobOptions: QUEUE_DEFAULT_JOB_OPTIONS[name] })),
    );
  }
}
