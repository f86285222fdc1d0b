import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import type { ExplanationDay as RulesExplanationDay } from '@gongkai/rules';
import { ExplanationDayKind } from './enums.js';

@ObjectType({ description: '期限说明中的一天' })
export class ExplanationDay {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => ExplanationDayKind)
  kind!: ExplanationDayKind;

  @Field(() => Int, { nullable: true, description: '计入的第几个工作日' })
  ordinal!: number | null;

  @Field(() => String, { nullable: true, description: '节假日或调休名称' })
  holidayName!: string | null;

  @Field({ description: '所在年份的节假日安排尚未公布' })
  provisional!: boolean;

  @Field(() => [String], {
    description: '中止计算的原因：consultation:<征求意见 id> 或 fee-wait（等待缴费）',
  })
  pausedBy!: string[];

  static from(day: RulesExplanationDay): ExplanationDay {
    return {
      date: day.date,
      kind: ExplanationDayKind[day.kind],
      ordinal: day.n ?? null,
      holidayName: day.name ?? null,
      provisional: day.provisional === true,
      pausedBy: [...(day.pausedBy ?? [])],
    };
  }
}

@ObjectType({ description: '按收到申请之日推算的各项期限' })
export class DeadlineCalculation {
  @Field(() => LocalDateScalar)
  receivedOn!: string;

  @Field(() => LocalDateScalar, { description: '补正告知期限：第 7 个工作日（第三十条）' })
  supplementNoticeDueOn!: string;

  @Field(() => LocalDateScalar, { description: '答复期限：第 20 个工作日（第三十三条）' })
  replyDueOn!: string;

  @Field(() => LocalDateScalar, { description: '延期后的答复期限：第 40 个工作日' })
  extendedReplyDueOn!: string;

  @Field()
  provisional!: boolean;

  @Field(() => [ExplanationDay], { description: '收到申请次日至第 40 个工作日的每一天' })
  explanation!: ExplanationDay[];
}
