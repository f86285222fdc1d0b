import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@gongkai/platform';
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
      }),
    }),
  ],
})
export class DataModule {}
