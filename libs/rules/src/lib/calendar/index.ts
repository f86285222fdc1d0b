export * from './calendar-date-out-of-range.error.js';
export { CALENDAR_DOMAIN_FIRST_YEAR, CALENDAR_DOMAIN_LAST_YEAR } from './calendar-domain.js';
export * from './calendar-override.js';
export * from './calendar-year-data.js';
export { NATIONAL_CALENDAR_YEARS } from './data/index.js';
export * from './day-kind.js';
export * from './invalid-calendar-override.error.js';
export * from './invalid-calendar-year.error.js';
export * from './national-calendar.js';
export {
  validateCalendarYear,
  type ValidatedCalendarDay,
  type ValidatedCalendarYear,
} from './validate-calendar-year.js';
export * from './working-day-calendar.js';
