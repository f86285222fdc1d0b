import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { AgencySummaryType } from '../graphql/agency-summary.type.js';
import { UserSummaryType } from './possible-repeat.type.js';

@ObjectType('OfficerWorkload', { description: '一名经办人名下未办结的申请' })
export class OfficerWorkloadType {
  @Field(() => UserSummaryType)
  officer!: UserSummaryType;

  @Field(() => Int, { description: '未办结' })
  open!: number;

  @Field(() => Int, { description: '已超过答复期限' })
  overdue!: number;

  @Field(() => Int, { description: '今天至今后第 5 个工作日到期' })
  dueThisWeek!: number;
}

@ObjectType('Workload', {
  description: '工作机构负责人看板：一个机关（或连同下级机关）未办结申请的数量',
})
export class WorkloadType {
  @Field(() => AgencySummaryType, { nullable: true, description: '为空：全部机关（管理员）' })
  agency!: AgencySummaryType | null;

  @Field()
  includeSubtree!: boolean;

  @Field(() => LocalDateScalar, { description: '统计所依据的今日（北京时间）' })
  asOf!: string;

  @Field(() => LocalDateScalar, { description: 'dueThisWeek 的最后一天：今后第 5 个工作日' })
  weekEndsOn!: string;

  @Field(() => Int, { description: '未办结（非已办结、已撤回）' })
  open!: number;

  @Field(() => Int, { description: '未办结且已超过答复期限' })
  overdue!: number;

  @Field(() => Int, {
    description: '未办结、今天至今后第 5 个工作日到期（与工作台 dueWithinWorkingDays: 5 一致）',
  })
  dueThisWeek!: number;

  @Field(() => Int, { description: '未办结且尚未分配经办人' })
  unassigned!: number;

  @Field(() => Int, { description: '延期申请待工作机构负责人决定' })
  awaitingExtensionDecision!: number;

  @Field(() => Int, { description: '待确认收到申请（平常信函、网络、传真）' })
  awaitingConfirmation!: number;

  @Field(() => [OfficerWorkloadType], {
    description: '各经办人（本范围内的经办人，及名下有本范围申请的其他人），超期多的在前',
  })
  officers!: OfficerWorkloadType[];
}
