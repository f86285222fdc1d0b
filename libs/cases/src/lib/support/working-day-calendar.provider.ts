import type { Provider } from '@nestjs/common';
import { createNationalCalendar } from '@gongkai/rules';

/** Injection token for the `WorkingDayCalendar` every due date is computed with. */
export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

/**
 * The national calendar shipped in libs/rules (2019–2026). Built once per process: it is
 * immutable. Years loaded by an administrator (the `CalendarDay` table) replace this later.
 */
export const workingDayCalendarProvider: Provider = {
  provide: WORKING_DAY_CALENDAR,
  useFactory: () => createNationalCalendar(),
};
