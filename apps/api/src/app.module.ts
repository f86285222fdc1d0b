import { type DynamicModule, Module } from '@nestjs/common';
import { CasesApiModule } from '@gongkai/cases';
import { DataModule } from '@gongkai/data';
import { IdentityApiModule } from '@gongkai/identity';
import { NotifyApiModule } from '@gongkai/notify';
import { ReportingApiModule } from '@gongkai/reporting';
import {
  type AppConfig,
  ConfigModule,
  GraphqlModule,
  HealthModule,
  LoggingModule,
  MetricsController,
  QueueModule,
  RateLimitModule,
} from '@gongkai/platform';

/** The GraphQL server: wiring only. Features come in through their API modules. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        DataModule,
        QueueModule.forRoot('producer'),
        RateLimitModule,
        GraphqlModule,
        HealthModule,
        IdentityApiModule,
        NotifyApiModule,
        CasesApiModule,
        ReportingApiModule,
      ],
      controllers: [MetricsController],
    };
  }
}
