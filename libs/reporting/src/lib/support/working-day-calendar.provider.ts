import type { Provider } from '@nestjs/common';
import { WorkingCalendarSource } from '@gongkai/data';

/** Injection token for the calendar that working days to reply are counted with. */
export const REPORTING_CALENDAR = Symbol('REPORTING_CALENDAR');

/** The national calendar: built-in years plus those an admin loaded (libs/data `WorkingCalendarSource`). */
export const reportingCalendarProvider: Provider = {
  provide: REPORTING_CALENDAR,
  inject: [WorkingCalendarSource],
  useFactory: (source: WorkingCalendarSource) => source.calendar,
};
