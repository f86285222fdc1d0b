import { PrimaryKeyProp, ref, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { HolidayNotice, LocalDate } from '@gongkai/rules';
import { User } from './user.entity.js';

/**
 * A year of the national working calendar loaded by an administrator from the State Council's
 * notice (`loadWorkingCalendarYear`). It replaces the Mon–Fri fallback for that year, or the data
 * shipped in libs/rules for it (a mid-year change notice). Its listed days are `CalendarDay` rows.
 */
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  /** The notices the days come from (title, URL, 文号, date). */
  @Property({ type: 'json' })
  notices!: HolidayNotice[];

  @Property({ type: 'timestamptz' })
  loadedAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  loadedBy: Ref<User> | null = null;

  constructor(props: { year: number; notices: HolidayNotice[]; loadedAt: Date; loadedBy: string }) {
    this.year = props.year;
    this.notices = props.notices;
    this.loadedAt = props.loadedAt;
    this.loadedBy = ref(User, props.loadedBy);
  }
}

/** One listed day of a loaded year: an off day of a holiday block, or a make-up working day. */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  [PrimaryKeyProp]?: ['year', 'date'];

  @ManyToOne(() => CalendarYear, {
    primary: true,
    ref: true,
    deleteRule: 'cascade',
    fieldName: 'year',
  })
  year!: Ref<CalendarYear>;

  /** May fall in December of the year before or January of the year after (a block's edge). */
  @PrimaryKey({ type: 'date' })
  date!: LocalDate;

  @Property({ type: 'boolean' })
  isOffDay!: boolean;

  @Property({ length: 100 })
  name!: string;

  @Property({ length: 500 })
  sourceUrl!: string;

  /** A make-up working day on a Monday–Friday, confirmed as intended. */
  @Property({ type: 'boolean' })
  allowWeekday: boolean & Opt = false;

  constructor(props: {
    year: CalendarYear;
    date: LocalDate;
    isOffDay: boolean;
    name: string;
    sourceUrl: string;
    allowWeekday: boolean;
  }) {
    this.year = ref(props.year);
    this.date = props.date;
    this.isOffDay = props.isOffDay;
    this.name = props.name;
    this.sourceUrl = props.sourceUrl;
    this.allowWeekday = props.allowWeekday;
  }
}
