import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { QueueConnectionLog } from './queue-connection-log.js';
import { type QueueName, queueJobOptions } from './queues.js';

@Module({})
export class QueueModule {
  /**
   * The BullMQ connection for one process role. Producers (the api) give up on a command after
   * one reconnection attempt while Redis is down, instead of holding requests open; workers wait
   * for Redis to come back. Either way a lost connection is one warning a minute in the log
   * (`QueueConnectionLog`), not a stack on stderr per attempt.
   */
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        DiscoveryModule,
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
      providers: [QueueConnectionLog],
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
