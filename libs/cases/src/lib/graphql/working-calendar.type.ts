import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';

export enum CalendarYearOrigin {
  LOADED = 'LOADED',
  BUILT_IN = 'BUILT_IN',
  NONE = 'NONE',
}
registerEnumType(CalendarYearOrigin, {
  name: 'CalendarYearOrigin',
  description: '数据来源：管理员导入 / 系统内置 / 尚无（按周一至周五推算，结果为暂定）',
});

@ObjectType({ description: '国务院办公厅节假日安排通知' })
export class HolidayNoticeType {
  @Field()
  title!: string;

  @Field()
  url!: string;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  issuedOn!: string | null;
}

@ObjectType({ description: '通知列明的一天：放假日或调休上班日' })
export class CalendarDayType {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field({ description: '所属节日，如 春节' })
  name!: string;
}

@ObjectType({ description: '一年的工作日历' })
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => CalendarYearOrigin)
  origin!: CalendarYearOrigin;

  @Field(() => [HolidayNoticeType])
  notices!: HolidayNoticeType[];

  @Field(() => [CalendarDayType], { description: '放假日（含假期内的周末）' })
  holidays!: CalendarDayType[];

  @Field(() => [CalendarDayType], { description: '调休上班日' })
  makeUpWorkdays!: CalendarDayType[];

  @Field(() => Date, { nullable: true })
  loadedAt!: Date | null;
}

@InputType()
export class CalendarDayInput {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field({ description: '所属节日，如 春节' })
  name!: string;

  @Field({
    nullable: true,
    description: '调休上班日落在周一至周五时须确认（极少见，如 2020-02-03）',
  })
  allowWeekday?: boolean;
}

@InputType()
export class HolidayNoticeInput {
  @Field({ description: '通知标题' })
  title!: string;

  @Field({ description: '通知的网址（http 或 https）' })
  url!: string;

  @Field({ nullable: true, description: '文号，如 国办发明电〔2025〕7号' })
  documentNumber?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  issuedOn?: string;
}

@InputType()
export class LoadWorkingCalendarYearInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [CalendarDayInput], { description: '全部放假日（含假期内的周末）' })
  holidays!: CalendarDayInput[];

  @Field(() => [CalendarDayInput], { description: '全部调休上班日' })
  makeUpWorkdays!: CalendarDayInput[];

  @Field(() => HolidayNoticeInput, { description: '数据所依据的通知' })
  source!: HolidayNoticeInput;
}

@ObjectType()
export class LoadWorkingCalendarYearPayload {
  @Field(() => WorkingCalendarYear)
  calendar!: WorkingCalendarYear;

  @Field(() => Int, { description: '检查的未办结申请数' })
  checkedApplications!: number;

  @Field(() => Int, { description: '期限因此改变的申请数' })
  recomputedApplications!: number;
}
