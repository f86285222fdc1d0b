import type { Provider } from '@nestjs/common';
import { WorkingCalendarSource } from '@gongkai/data';

/** Injection token for the `WorkingDayCalendar` every due date is computed with. */
export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

/**
 * The national calendar: the notices shipped in libs/rules plus the years an administrator
 * loaded (`loadWorkingCalendarYear`). The object always answers with the newest calendar (see
 * `WorkingCalendarSource` in libs/data), in the api and the worker alike.
 */
export const workingDayCalendarProvider: Provider = {
  provide: WORKING_DAY_CALENDAR,
  inject: [WorkingCalendarSource],
  useFactory: (source: WorkingCalendarSource) => source.calendar,
};
