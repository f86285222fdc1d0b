import type { Provider } from '@nestjs/common';
import { createNationalCalendar } from '@gongkai/rules';

/** Injection token for the calendar that working days to reply are counted with. */
export const REPORTING_CALENDAR = Symbol('REPORTING_CALENDAR');

/** The national calendar of libs/rules, built once per process (it is immutable). */
export const reportingCalendarProvider: Provider = {
  provide: REPORTING_CALENDAR,
  useFactory: () => createNationalCalendar(),
};
