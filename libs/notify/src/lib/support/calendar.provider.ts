import type { Provider } from '@nestjs/common';
import { WorkingCalendarSource } from '@gongkai/data';

/** Injection token for the working-day calendar of notices and reminders. */
export const NOTIFY_CALENDAR = Symbol('NOTIFY_CALENDAR');

/**
 * The national calendar as libs/cases uses it: built-in years plus those an admin loaded.
 * Tests override this token to put reminders around a chosen holiday.
 */
export const notifyCalendarProvider: Provider = {
  provide: NOTIFY_CALENDAR,
  inject: [WorkingCalendarSource],
  useFactory: (source: WorkingCalendarSource) => source.calendar,
};
