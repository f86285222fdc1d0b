import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@gongkai/platform';
import {
  type Clock,
  computeStatutoryClock,
  type ExplanationDay,
  type LocalDate,
  localDateInShanghai,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';

export interface DeadlineCalculation {
  readonly receivedOn: LocalDate;
  /** 7th working day (Art. 30). */
  readonly supplementNoticeDueOn: LocalDate;
  /** 20th working day (Art. 33(2)). */
  readonly replyDueOn: LocalDate;
  /** 40th working day, with an approved extension. */
  readonly extendedReplyDueOn: LocalDate;
  /** A date rests on a year whose holiday notice is not loaded (Mon–Fri assumed). */
  readonly provisional: boolean;
  /** Every day from the day after receipt through the 40th working day. */
  readonly explanation: readonly ExplanationDay[];
}

/**
 * The 7/20/40-working-day dates for a legal receipt date, with the day-by-day explanation. No
 * application, no pauses: what an officer or applicant checks a date against.
 */
@Injectable()
export class DeadlineCalculatorQuery {
  constructor(
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(receivedOn: LocalDate): DeadlineCalculation {
    const clock = computeStatutoryClock({
      calendar: this.calendar,
      today: localDateInShanghai(this.clock.now()),
      receivedOn,
      // As if extended on the day of receipt: the explanation then runs through the 40th day.
      // The 7th and 20th are not affected by an extension.
      extensionApprovedOn: receivedOn,
    });
    return {
      receivedOn,
      supplementNoticeDueOn: clock.supplementNoticeDueOn,
      replyDueOn: clock.replyDueOn,
      extendedReplyDueOn: clock.extendedReplyDueOn,
      provisional: clock.provisionalFields.some(
        (f) => f === 'supplementNoticeDueOn' || f === 'replyDueOn' || f === 'extendedReplyDueOn',
      ),
      explanation: clock.explanation,
    };
  }
}
