import type { Provider } from '@nestjs/common';
import { WorkingCalendarSource } from '@gongkai/data';

/** Injection token for the calendar that working days to reply are counted with. */
export const REPORTING_CALENDAR = Symbol('REPORTING_CALENDAR');

/**
 * The national calendar as the clock uses it: the built-in notices plus the years an
 * administrator loaded (`WorkingCalendarSource` of libs/data), so statistics count working days
 * exactly as the due dates were computed.
 */
export const reportingCalendarProvider: Provider = {
  provide: REPORTING_CALENDAR,
  inject: [WorkingCalendarSource],
  useFactory: (source: WorkingCalendarSource) => source.calendar,
};
