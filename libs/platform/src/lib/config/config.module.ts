import { type DynamicModule, Global, Module } from '@nestjs/common';
import { systemClock } from '@gongkai/rules';
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
        { provide: CLOCK, useValue: systemClock },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
