import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AnnualReportView, StatisticsSnapshotView } from './statistics.types.js';

@InputType()
export class PublishQuarterlyStatisticsInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1–4' })
  quarter!: number;
}

@InputType()
export class PublishCorrectionInput extends PublishQuarterlyStatisticsInput {
  @Field({ description: '更正理由（必填，不超过 1000 字）' })
  reason!: string;
}

@ObjectType()
export class PublishStatisticsPayload {
  @Field(() => StatisticsSnapshotView)
  snapshot!: StatisticsSnapshotView;

  @Field({ description: 'false：该季度已发布过，返回已有的第 1 版' })
  created!: boolean;
}

@InputType()
export class AnnualReportInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => Int)
  year!: number;

  @Field({ defaultValue: false, description: '是否包括全部下级机关' })
  includeSubtree!: boolean;
}

@ObjectType()
export class AnnualReportPayload {
  @Field(() => AnnualReportView)
  report!: AnnualReportView;
}
