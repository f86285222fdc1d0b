import type { Provider } from '@nestjs/common';
import { createNationalCalendar } from '@gongkai/rules';

/** Injection token for the working-day calendar of notices and reminders. */
export const NOTIFY_CALENDAR = Symbol('NOTIFY_CALENDAR');

/**
 * The national calendar shipped in libs/rules, as libs/cases uses it (built once: immutable).
 * Tests override this token to put reminders around a chosen holiday.
 */
export const notifyCalendarProvider: Provider = {
  provide: NOTIFY_CALENDAR,
  useFactory: () => createNationalCalendar(),
};
