import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicantKind, ApplicationStatus, Channel } from '@gongkai/rules';
import '../graphql/enums.js';

/** Worklist filters; all given filters must hold (AND). Omitted = no restriction. */
@InputType('ApplicationFilter')
export class ApplicationFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: '只看该机关的申请（须在本人权限范围内）；不填则为本人权限范围内的全部机关',
  })
  agencyId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '与 agencyId 一起使用：包含其下级机关（默认否）',
  })
  includeSubtree?: boolean | null;

  @Field(() => [ApplicationStatus], {
    nullable: true,
    description: '只看这些状态；给出后 includeConcluded 不再起作用',
  })
  statuses?: ApplicationStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '包含已办结、已撤回的申请（默认否：工作台只列未办结的申请）',
  })
  includeConcluded?: boolean | null;

  @Field(() => ID, { nullable: true, description: '经办人' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true：只看尚未分配经办人的申请' })
  unassigned?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true：未办结且延期申请待工作机构负责人决定；false：排除这些申请',
  })
  extensionRequested?: boolean | null;

  @Field(() => [Channel], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => [ApplicantKind], { nullable: true })
  applicantKinds?: ApplicantKind[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到申请之日，不早于' })
  receivedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到申请之日，不晚于' })
  receivedTo?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '未办结、答复期限在今天至今后第 N 个工作日之间（0–60；0 = 今天到期）',
  })
  dueWithinWorkingDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true：未办结且已超过答复期限；false：排除这些申请',
  })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: '在申请人姓名、组织名称和所需信息描述中查找（至少 2 个字，最多 100 个字）',
  })
  search?: string | null;
}
