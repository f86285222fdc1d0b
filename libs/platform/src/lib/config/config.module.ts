import { type DynamicModule, Global, Module } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { type Clock, systemClock } from '@gongkai/rules';
import type { AppConfig } from './app-config.js';

/** Injection token for the validated `AppConfig`. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Injection token for the `Clock` (tests may override it; nothing else calls `new Date()`). */
export const CLOCK = Symbol('CLOCK');

@Global()
@Module({})
export class ConfigModule {
  /** The entry point loads and validates the config once, then hands it in here. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: CLOCK,
          useValue: config.testClockFile === null ? systemClock : fileClock(config.testClockFile),
        },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}

/**
 * Tests only (TEST_CLOCK_FILE, ignored unless NODE_ENV=test): "now" is the instant written in the
 * file, read on every call, so an e2e test moves the api's and worker's legal day without
 * sleeping. No file or an empty one means the system time.
 */
export function fileClock(path: string): Clock {
  return {
    now: () => {
      let text = '';
      try {
        text = readFileSync(path, 'utf8').trim();
      } catch {
        return new Date();
      }
      const instant = text === '' ? new Date() : new Date(text);
      if (Number.isNaN(instant.getTime())) throw new Error(`TEST_CLOCK_FILE holds no instant`);
      return instant;
    },
  };
}
