import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencySummaryType } from '../graphql/agency-summary.type.js';
import { ApplicationType } from '../graphql/application.type.js';
import { ApplicationLoaders } from './application-loaders.js';
import { MonthlyFilingsType, PossibleRepeatType, UserSummaryType } from './possible-repeat.type.js';

/**
 * Fields of an Application that need another lookup, batched per request by DataLoader. Reached
 * only through an Application the caller was already allowed to read.
 */
@Resolver(() => ApplicationType)
export class ApplicationFieldsResolver {
  constructor(private readonly loaders: ApplicationLoaders) {}

  @ResolveField(() => AgencySummaryType)
  async agency(
    @Parent() application: ApplicationType,
    @Context() context: object,
  ): Promise<AgencySummaryType> {
    const agency = await this.loaders.for(context).agency.load(application.agencyId);
    if (!agency) throw new Error('An application refers to a missing agency.');
    return agency;
  }

  @ResolveField(() => UserSummaryType, { nullable: true, description: '经办人' })
  async assignee(
    @Parent() application: ApplicationType,
    @Context() context: object,
  ): Promise<UserSummaryType | null> {
    if (application.assigneeId === null) return null;
    return this.loaders.for(context).user.load(application.assigneeId);
  }

  @ResolveField(() => [UserSummaryType], {
    description: '可分配的承办人：本机关在职的经办人，及本机关或上级机关的工作机构负责人（按姓名）',
  })
  async assigneeCandidates(
    @Parent() application: ApplicationType,
    @Context() context: object,
  ): Promise<UserSummaryType[]> {
    return this.loaders.for(context).assigneeCandidates.load(application.agencyId);
  }

  @ResolveField(() => [PossibleRepeatType], {
    description:
      '可能的重复申请：同一申请人此前向本机关提出、内容相近的申请（最新的在前，最多 5 件）',
  })
  async possibleRepeats(
    @Parent() application: ApplicationType,
    @Context() context: object,
  ): Promise<PossibleRepeatType[]> {
    return this.loaders.for(context).possibleRepeats.load(application.id);
  }

  @ResolveField(() => MonthlyFilingsType, {
    nullable: true,
    description:
      '同一申请人当月向本机关提出的申请件数（既无身份证件号码也无统一社会信用代码时为空）',
  })
  async monthlyFilings(
    @Parent() application: ApplicationType,
    @Context() context: object,
  ): Promise<MonthlyFilingsType | null> {
    return this.loaders.for(context).monthlyFilings.load(application.id);
  }
}
