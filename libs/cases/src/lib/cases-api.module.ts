import { Module } from '@nestjs/common';
import { dataProtectionProvider } from '@gongkai/platform';
import { ApplicationPresenter } from './graphql/application.presenter.js';
import { ApplicationResolver } from './graphql/application.resolver.js';
import { IntakeResolver } from './graphql/intake.resolver.js';
import { WorkingCalendarResolver } from './graphql/working-calendar.resolver.js';
import { LoadWorkingCalendarYearUseCase } from './use-cases/load-working-calendar-year.use-case.js';
import { WorkingCalendarQuery } from './use-cases/working-calendar.query.js';
import { MyApplicationsResolver } from './graphql/my-applications.resolver.js';
import { ProcessingResolver } from './graphql/processing.resolver.js';
import { TrackingResolver } from './graphql/tracking.resolver.js';
import { workingDayCalendarProvider } from './support/working-day-calendar.provider.js';
import { ApplicationChanges } from './use-cases/application-changes.js';
import { AgenciesByCode } from './use-cases/agencies-by-code.js';
import { ApplicationIntake } from './use-cases/application-intake.js';
import { AssignApplicationUseCase } from './use-cases/assign-application.use-case.js';
import { ClosingUseCases } from './use-cases/closing.use-cases.js';
import { ConsultationUseCases } from './use-cases/consultation.use-cases.js';
import { ExtensionUseCases } from './use-cases/extension.use-cases.js';
import { FeeUseCases } from './use-cases/fee.use-cases.js';
import { ReplyUseCases } from './use-cases/reply.use-cases.js';
import { SupplementUseCases } from './use-cases/supplement.use-cases.js';
import { ConfirmReceiptUseCase } from './use-cases/confirm-receipt.use-case.js';
import { DeadlineCalculatorQuery } from './use-cases/deadline-calculator.query.js';
import { GetApplicationQuery } from './use-cases/get-application.query.js';
import { MyApplicationsQuery } from './use-cases/my-applications.query.js';
import { RegisterApplicationUseCase } from './use-cases/register-application.use-case.js';
import { SubmitApplicationUseCase } from './use-cases/submit-application.use-case.js';
import { TrackApplicationQuery } from './use-cases/track-application.query.js';
import { ApplicationFieldsResolver } from './worklist/application-fields.resolver.js';
import { ApplicationLoaders } from './worklist/application-loaders.js';
import { ListApplicationsQuery } from './worklist/list-applications.query.js';
import { WorklistResolver } from './worklist/worklist.resolver.js';
import { WorkloadQuery } from './worklist/workload.query.js';
import { WorkloadResolver } from './worklist/workload.resolver.js';

/** GraphQL side of intake and the case lifecycle (imported by apps/api only). */
@Module({
  providers: [
    dataProtectionProvider,
    workingDayCalendarProvider,
    ApplicationIntake,
    AgenciesByCode,
    SubmitApplicationUseCase,
    RegisterApplicationUseCase,
    ConfirmReceiptUseCase,
    ApplicationChanges,
    AssignApplicationUseCase,
    SupplementUseCases,
    ConsultationUseCases,
    ExtensionUseCases,
    FeeUseCases,
    ReplyUseCases,
    ClosingUseCases,
    TrackApplicationQuery,
    DeadlineCalculatorQuery,
    GetApplicationQuery,
    ApplicationPresenter,
    IntakeResolver,
    WorkingCalendarQuery,
    LoadWorkingCalendarYearUseCase,
    WorkingCalendarResolver,
    MyApplicationsResolver,
    MyApplicationsQuery,
    ApplicationResolver,
    TrackingResolver,
    ListApplicationsQuery,
    ApplicationLoaders,
    WorklistResolver,
    ApplicationFieldsResolver,
    WorkloadQuery,
    WorkloadResolver,
    ProcessingResolver,
  ],
})
export class CasesApiModule {}
