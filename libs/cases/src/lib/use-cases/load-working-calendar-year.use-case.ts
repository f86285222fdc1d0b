import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  Application,
  ApplicationEvent,
  AuditAction,
  AuditEntry,
  CalendarDay,
  CalendarYear,
  EventActorKind,
  mergeCalendarYears,
  toCalendarYearData,
  WorkingCalendarSource,
} from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import {
  ApplicationStatus,
  type CalendarYearData,
  type Clock,
  type HolidayNotice,
  type LocalDate,
  localDateInShanghai,
  NATIONAL_CALENDAR_YEARS,
  validateCalendarYear,
} from '@gongkai/rules';
import { PROCESSING_RELATIONS } from './find-application.js';

export interface CalendarDayCommand {
  readonly date: LocalDate;
  readonly name: string;
  /** Confirms a make-up working day on a Monday–Friday (rare; the validator asks). */
  readonly allowWeekday?: boolean;
}

export interface LoadWorkingCalendarYearCommand {
  readonly year: number;
  /** Every off day of the year's holiday blocks, weekend days inside a block included. */
  readonly holidays: readonly CalendarDayCommand[];
  /** The 调休 Saturdays and Sundays that are working days. */
  readonly makeUpWorkdays: readonly CalendarDayCommand[];
  readonly source: HolidayNotice;
  readonly adminUserId: string;
}

export interface LoadWorkingCalendarYearResult {
  readonly year: number;
  /** Open applications looked at, and those whose stored due dates changed. */
  readonly checkedApplications: number;
  readonly recomputedApplications: number;
}

/** Applications whose clock may still matter: everything not concluded, with a receipt date. */
const CONCLUDED = [ApplicationStatus.CLOSED, ApplicationStatus.WITHDRAWN];
const BATCH = 200;

/**
 * Admin: loads (or reloads) one year of the national calendar from the State Council's notice.
 * The data is validated as libs/rules validates its own (every problem listed at once), and
 * against the neighbouring years; then the year is stored, this process switches to the new
 * calendar, and every open application's stored due dates are computed again, in batches of 200
 * by id (keyset), one transaction each, with a DUE_DATES_RECOMPUTED event where they changed.
 * Loading the same data again changes nothing, so an interrupted run is finished by repeating it.
 */
@Injectable()
export class LoadWorkingCalendarYearUseCase {
  private readonly logger = new Logger(LoadWorkingCalendarYearUseCase.name);

  constructor(
    private readonly em: EntityManager,
    private readonly calendars: WorkingCalendarSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: LoadWorkingCalendarYearCommand): Promise<LoadWorkingCalendarYearResult> {
    const data: CalendarYearData = {
      year: command.year,
      notices: [command.source],
      days: [
        ...command.holidays.map((d) => ({ date: d.date, isOffDay: true, name: d.name })),
        ...command.makeUpWorkdays.map((d) => ({
          date: d.date,
          isOffDay: false,
          name: d.name,
          ...(d.allowWeekday ? { allowWeekday: true } : {}),
        })),
      ],
    };
    const validated = validateCalendarYear(data);
    const now = this.clock.now();

    await this.em.fork().transactional(async (em) => {
      // One loader at a time; the check against the other loaded years sees a settled set.
      // Through `em`, so the lock belongs to this transaction and lasts until it ends.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['calendar_year']);
      const others = await em.find(CalendarYear, { year: { $ne: command.year } });
      const otherDays = await em.find(CalendarDay, { year: { year: { $ne: command.year } } });
      // Throws CALENDAR.INVALID_YEAR_DATA when a day contradicts a neighbouring year.
      mergeCalendarYears(NATIONAL_CALENDAR_YEARS, [
        ...others.map((y) => toCalendarYearData(y, otherDays)),
        data,
      ]);
      await em.nativeDelete(CalendarYear, { year: command.year });
      const year = new CalendarYear({
        year: command.year,
        notices: [...data.notices],
        loadedAt: now,
        loadedBy: command.adminUserId,
      });
      em.persist(year);
      em.persist(
        new AuditEntry({
          actorId: command.adminUserId,
          action: AuditAction.WORKING_CALENDAR_LOADED,
          now,
          changes: [
            { field: 'year', before: null, after: String(command.year) },
            { field: 'source', before: null, after: command.source.url },
          ],
        }),
      );
      // Validation keeps the order of the input, so the two lists pair up one to one.
      validated.days.forEach((day, i) => {
        em.persist(
          new CalendarDay({
            year,
            date: data.days[i]!.date,
            isOffDay: day.isOffDay,
            name: day.name,
            sourceUrl: day.sourceUrl,
            allowWeekday: data.days[i]!.allowWeekday === true,
          }),
        );
      });
    });

    const calendar = await this.calendars.refresh();
    let checked = 0;
    let recomputed = 0;
    let after: string | null = null;
    for (;;) {
      const batch: { checked: number; changed: number; last: string | null } = await this.em
        .fork()
        .transactional(async (em) => {
          const applications = await em.find(
            Application,
            {
              status: { $nin: CONCLUDED },
              receivedOn: { $ne: null },
              ...(after === null ? {} : { id: { $gt: after } }),
            },
            { orderBy: { id: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_WRITE },
          );
          await em.populate(applications, PROCESSING_RELATIONS);
          const today = localDateInShanghai(this.clock.now());
          const context = {
            today,
            calendar,
            actor: { kind: EventActorKind.USER, userId: command.adminUserId } as const,
            now: this.clock.now(),
          };
          let changed = 0;
          for (const application of applications) {
            const event: ApplicationEvent | null = application.recomputeDueDates(context, {
              calendarYear: command.year,
            });
            if (event) {
              em.persist(event);
              changed += 1;
            }
          }
          return {
            checked: applications.length,
            changed,
            last: applications[applications.length - 1]?.id ?? null,
          };
        });
      checked += batch.checked;
      recomputed += batch.changed;
      if (batch.checked < BATCH || batch.last === null) break;
      after = batch.last;
    }
    this.logger.log(
      `calendar ${command.year} loaded: ${recomputed} of ${checked} open applications recomputed`,
    );
    return { year: command.year, checkedApplications: checked, recomputedApplications: recomputed };
  }
}
