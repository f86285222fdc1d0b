import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { type QueueName, queueJobOptions } from './queues.js';

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
    return BullModule.registerQueueAsync(
      ...names.map((name) => ({
        name,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) => ({ defaultJobOptions: queueJobOptions(name, config) }),
      })),
    );
  }
}
