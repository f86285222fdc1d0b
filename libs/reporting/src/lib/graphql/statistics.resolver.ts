import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Public, Roles } from '@gongkai/platform';
import { PublishQuarterlyStatisticsUseCase } from '../use-cases/publish-quarterly-statistics.use-case.js';
import { MonthlyStatisticsQuery } from '../use-cases/monthly-statistics.query.js';
import { PublishedStatisticsQuery } from '../use-cases/published-statistics.query.js';
import { QuarterlyStatisticsQuery } from '../use-cases/quarterly-statistics.query.js';
import { StatisticsRollUpQuery } from '../use-cases/statistics-roll-up.query.js';
import {
  PublishCorrectionInput,
  PublishQuarterlyStatisticsInput,
  PublishStatisticsPayload,
} from './statistics.inputs.js';
import { StatisticsPresenter } from './statistics.presenter.js';
import {
  MonthlyStatisticsView,
  QuarterlyStatisticsView,
  StatisticsRollUpView,
  StatisticsSnapshotView,
} from './statistics.types.js';

/** Quarterly statistics, their publication and the roll-up. Glue only. */
@Resolver()
export class StatisticsResolver {
  constructor(
    private readonly quarterlyStatisticsQuery: QuarterlyStatisticsQuery,
    private readonly monthlyStatisticsQuery: MonthlyStatisticsQuery,
    private readonly rollUpQuery: StatisticsRollUpQuery,
    private readonly publishedStatisticsQuery: PublishedStatisticsQuery,
    private readonly publishUseCase: PublishQuarterlyStatisticsUseCase,
    private readonly presenter: StatisticsPresenter,
  ) {}

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => QuarterlyStatisticsView, {
    description:
      'Officer (own agency) or supervisor (own agency and below): live statistics of a quarter.',
  })
  async quarterlyStatistics(
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Args('includeSubtree', { defaultValue: false }) includeSubtree: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuarterlyStatisticsView> {
    const statistics = await this.quarterlyStatisticsQuery.execute({
      principal,
      agencyId,
      year,
      quarter,
      includeSubtree,
    });
    return this.presenter.quarterly(statistics);
  }

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => [MonthlyStatisticsView], {
    description:
      'Officer (own agency) or supervisor (own agency and below): live figures of each month of a year — received by channel, replies on time and their working days.',
  })
  async monthlyStatistics(
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('includeSubtree', { defaultValue: false }) includeSubtree: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MonthlyStatisticsView[]> {
    const months = await this.monthlyStatisticsQuery.execute({
      principal,
      agencyId,
      year,
      includeSubtree,
    });
    return months.map((m) => ({
      month: m.month,
      period: { ...m.period },
      channels: m.channels.map((c) => ({ ...c })),
      replies: { ...m.replies },
    }));
  }

  @Roles(Role.OFFICER, Role.SUPERVISOR)
  @Query(() => StatisticsRollUpView, {
    description:
      'Officer or supervisor: table 三 of the agency itself, of each direct child (with its subtree) and of the whole subtree, for a year or a quarter.',
  })
  async statisticsRollUp(
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int, nullable: true }) quarter: number | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StatisticsRollUpView> {
    return this.presenter.rollUp(
      await this.rollUpQuery.execute({ principal, agencyId, year, quarter }),
    );
  }

  @Public()
  @Query(() => [StatisticsSnapshotView], {
    description:
      'Public: the published quarterly statistics of an agency for a year, every version.',
  })
  async publishedStatistics(
    @Args('agencyCode') agencyCode: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<StatisticsSnapshotView[]> {
    const snapshots = await this.publishedStatisticsQuery.list(agencyCode, year);
    return snapshots.map((s) => this.presenter.snapshot(s));
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => PublishStatisticsPayload, {
    description:
      'Supervisor (own agency and below): publish a finished quarter (version 1). Publishing again returns the existing snapshot.',
  })
  async publishQuarterlyStatistics(
    @Args('input') input: PublishQuarterlyStatisticsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PublishStatisticsPayload> {
    const { snapshot, created } = await this.publishUseCase.execute({ ...input, principal });
    return { snapshot: this.presenter.snapshot(snapshot), created };
  }

  @Roles(Role.SUPERVISOR)
  @Mutation(() => PublishStatisticsPayload, {
    description:
      'Supervisor: publish a correction of a published quarter as the next version, with a reason; earlier versions stay readable.',
  })
  async publishCorrection(
    @Args('input') input: PublishCorrectionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PublishStatisticsPayload> {
    const { reason, ...rest } = input;
    const { snapshot, created } = await this.publishUseCase.execute({
      ...rest,
      principal,
      correctionReason: reason,
    });
    return { snapshot: this.presenter.snapshot(snapshot), created };
  }
}
