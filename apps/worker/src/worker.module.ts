import { type DynamicModule, Module } from '@nestjs/common';
import { CasesJobsModule } from '@gongkai/cases';
import { DataModule } from '@gongkai/data';
import { IdentityJobsModule } from '@gongkai/identity';
import { NotifyJobsModule } from '@gongkai/notify';
import { type AppConfig, ConfigModule, LoggingModule, QueueModule } from '@gongkai/platform';
import { ReportingJobsModule } from '@gongkai/reporting';

/** The job runner: wiring only. Features come in through their jobs modules. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DataModule,
        QueueModule.forRoot('worker'),
        CasesJobsModule,
        IdentityJobsModule,
        NotifyJobsModule,
        ReportingJobsModule,
      ],
    };
  }
}
