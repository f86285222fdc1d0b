import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, databaseQueries } from '@gongkai/platform';
import { WorkingCalendarSource } from './calendar/working-calendar.source.js';
import { createOrmConfig } from './mikro-orm.config.js';

/**
 * MikroORM for PostgreSQL, configured from the validated config, and the working-day calendar
 * (built-in plus loaded years) that api and worker share. Migrations never run here.
 */
@Global()
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      driver: PostgreSqlDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...createOrmConfig({ databaseUrl: config.databaseUrl }),
        registerRequestContext: true,
        onQuery: (sql: string) => {
          databaseQueries.inc();
          return sql;
        },
      }),
    }),
  ],
  providers: [WorkingCalendarSource],
  exports: [WorkingCalendarSource],
})
export class DataModule {}
