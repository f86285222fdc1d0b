import { DomainError } from '../errors/domain-error.js';

/** The working-day tables cover 2000-01-01 … 2099-12-31; a date or a result beyond is refused. */
export class CalendarDateOutOfRangeError extends DomainError {
  constructor(date: string) {
    super('CALENDAR.DATE_OUT_OF_RANGE', `The working-day calendar does not cover ${date}`, {
      date,
      first: '2000-01-01',
      last: '2099-12-31',
    });
  }
}
