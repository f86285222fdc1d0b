import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Roles } from '@gongkai/platform';
import { AnnualReportQuery } from '../use-cases/annual-report.query.js';
import { FinalizeAnnualReportUseCase } from '../use-cases/finalize-annual-report.use-case.js';
import { PrepareAnnualReportUseCase } from '../use-cases/prepare-annual-report.use-case.js';
import { AnnualReportInput, AnnualReportPayload } from './statistics.inputs.js';
import { StatisticsPresenter } from './statistics.presenter.js';
import { AnnualReportView } from './statistics.types.js';

/** The annual-report tables: view, prepare a draft, mark final. Glue only. */
@Resolver()
export class AnnualReportResolver {
  constructor(
    private readonly annualReportQuery: AnnualReportQuery,
    private readonly prepareUseCase: PrepareAnnualReportUseCase,
    private readonly finalizeUseCase: FinalizeAnnualReportUseCase,
    private readonly presenter: StatisticsPresenter,
  ) {}

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => AnnualReportView, {
    description:
      'Officer or supervisor: the annual-report tables (三, 四, fees) — the stored draft or final report, else the live numbers.',
  })
  async annualReport(
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('includeSubtree', { defaultValue: false }) includeSubtree: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnualReportView> {
    return this.presenter.annualReport(
      await this.annualReportQuery.execute({ principal, agencyId, year, includeSubtree }),
    );
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AnnualReportPayload, {
    description:
      'Supervisor: store (or refresh) the draft of a finished year from the applications.',
  })
  async prepareAnnualReport(
    @Args('input') input: AnnualReportInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnualReportPayload> {
    const report = await this.prepareUseCase.execute({ ...input, principal });
    return { report: this.presenter.storedAnnualReport(report) };
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => AnnualReportPayload, {
    description: 'Supervisor: rebuild the draft one last time and mark the annual report final.',
  })
  async finalizeAnnualReport(
    @Args('input') input: AnnualReportInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnualReportPayload> {
    const report = await this.finalizeUseCase.execute({ ...input, principal });
    return { report: this.presenter.storedAnnualReport(report) };
  }
}
