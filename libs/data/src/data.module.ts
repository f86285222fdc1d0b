import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, databaseQueries } from '@gongkai/platform';
import { createOrmConfig } from './mikro-orm.config.js';

/** MikroORM for PostgreSQL, configured from the validated config. Migrations never run here. */
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
})
export class DataModule {}
