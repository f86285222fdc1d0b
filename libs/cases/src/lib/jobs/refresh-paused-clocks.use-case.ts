import type { QueryResult } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Application } from '@gongkai/data';
import { CLOCK } from '@gongkai/platform';
import {
  type Clock,
  type LocalDate,
  localDateInShanghai,
  REPLY_CLOCK_PAUSED_STATUSES,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';
import { PROCESSING_RELATIONS } from '../use-cases/find-application.js';

/** Applications read per batch (keyset by id). */
const BATCH = 500;

export interface RefreshPausedClocksResult {
  readonly on: LocalDate;
  readonly checked: number;
  readonly refreshed: number;
}

/**
 * While a consultation or a fee wait pauses the clock, the stored reply due date is the
 * projection "if the wait ended today"; every working day of the wait moves it one working day
 * on. This moves it for every paused application, so the worklist shows and sorts by the date
 * application(id)'s clock gives. The projection is derived data, not a step of the case: no
 * event, no new version (an officer's open page stays current), and a row changed since it was
 * read (its version moved) is left to the change that moved it. Repeating a run changes nothing.
 */
@Injectable()
export class RefreshPausedClocksUseCase {
  private readonly logger = new Logger(RefreshPausedClocksUseCase.name);

  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute(on?: LocalDate): Promise<RefreshPausedClocksResult> {
    const today = on ?? localDateInShanghai(this.clock.now());
    let checked = 0;
    let refreshed = 0;
    let after: string | null = null;
    for (;;) {
      const em = this.em.fork();
      const applications: Application[] = await em.find(
        Application,
        {
          status: { $in: [...REPLY_CLOCK_PAUSED_STATUSES] },
          receivedOn: { $ne: null },
          ...(after === null ? {} : { id: { $gt: after } }),
        },
        { orderBy: { id: 'asc' }, limit: BATCH, populate: PROCESSING_RELATIONS },
      );
      for (const application of applications) {
        const projected = application.statutoryClock(today, this.calendar)?.effectiveReplyDueOn;
        if (projected === undefined || projected === application.replyDueOn) continue;
        const changed = await em.getConnection().execute<QueryResult>(
          `update "application" set "reply_due_on" = ?
           where "id" = ? and "version" = ? and "reply_due_on" is distinct from ?`,
          [projected, application.id, application.version, projected],
          'run',
        );
        refreshed += changed.affectedRows;
      }
      checked += applications.length;
      if (applications.length < BATCH) break;
      after = applications[applications.length - 1]!.id;
    }
    this.logger.log({ msg: 'paused clocks refreshed', on: today, checked, refreshed });
    return { on: today, checked, refreshed };
  }
}
