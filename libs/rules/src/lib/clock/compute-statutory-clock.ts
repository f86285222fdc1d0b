/**
 * The statutory clock of one application. The day-boundary rules are decided here, once, and
 * restated in prisma-free-docs/domain-rules.md:
 *
 * 1. Start day not counted. The day of a triggering event (legal receipt, receipt of the
 *    supplement, the consulted party's receipt, the applicant's receipt of the fee notice) is
 *    never counted; day 1 is the first working day after it, whatever kind of day it was.
 *    A period ends at the end of its last day, so a reply served on the due date is in time.
 * 2. Supplement = restart. The base date becomes the latest supplement's receipt date; the
 *    7-day supplement-notice deadline always runs from the original receipt. While a requested
 *    supplement is awaited nothing is counted: due dates are projected as if it arrived today.
 * 3. Pauses. A consultation pauses the working days after the day it was sent, up to and
 *    including the day the answer arrives: the sending day is counted (the agency worked on the
 *    application that day), the answer day is not (like a receipt, its day is not counted).
 *    An answer on the day of sending pauses nothing.
 * 4. Cap. A pause never runs past the consulted party's answer due date (15th working day after
 *    it received the request): after that the agency decides without the answer (Art. 32) or
 *    takes silence as consent (Art. 34), so the time is no longer "needed for consultation".
 *    A late answer does not extend the pause. [Interpretation, see domain-rules.md.]
 * 5. Open pauses run through today; due dates are then "as of today" and the state is PAUSED.
 * 6. Overlapping pauses merge: a working day covered twice is skipped once.
 * 7. Fee wait (when `feeWaitPausesClock`, default on) pauses like a consultation, from the day
 *    after the notice was issued to the payment day, capped at the payment due date.
 * 8. Extension: the 40th counted working day after the same base date, pauses excluded.
 * 9. Pauses before the base date (i.e. before a supplement restarted the period) do not count.
 * 10. End. An issued reply does not stop the period (the deadline is met on the day of service):
 *    the state is AWAITING_SERVICE and days are counted through today. A concluded application
 *    (served, withdrawn, deemed withdrawn) is read on its conclusion day: days used, overdue and
 *    any pause still open then are fixed there, and the state is STOPPED.
 */
import { formatDomainDay, parseDomainDay } from '../calendar/calendar-domain.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { EpochDay } from '../date/local-date.js';
import { buildExplanation } from './build-explanation.js';
import { InvalidClockInputError } from './invalid-clock-input.error.js';
import {
  countedDueOrdinal,
  mergeOrdinalPauses,
  ordinalPause,
  pausedOrdinalsThrough,
  type OrdinalPause,
} from './ordinal-pauses.js';
import type {
  ClockConsultationResult,
  ClockPause,
  ClockState,
  ProvisionalField,
  StatutoryClock,
} from './statutory-clock.js';
import type { ClockFeeNotice, StatutoryClockInput } from './statutory-clock-input.js';
import { StatutoryLimits } from './statutory-limits.js';

interface PauseWindow {
  readonly id: string;
  readonly cause: ClockPause['cause'];
  readonly from: EpochDay;
  readonly to: EpochDay;
  readonly state: ClockPause['state'];
  /** The cap that ended the pause is itself provisional. */
  readonly provisional: boolean;
}

export function computeStatutoryClock(input: StatutoryClockInput): StatutoryClock {
  const { calendar } = input;
  // Rule 10 (domain-rules.md §2.1, 11): a concluded application's clock is read on its
  // conclusion day, not today.
  const concluded = optionalDay(input.concludedOn);
  const today =
    concluded === null
      ? parseDomainDay(input.today)
      : Math.min(concluded, parseDomainDay(input.today));
  const received = parseDomainDay(input.receivedOn);
  const provisionalFields = new Set<ProvisionalField>();
  const flag = (field: ProvisionalField, provisional: boolean): void => {
    if (provisional) provisionalFields.add(field);
  };

  const supplementNoticeDue = calendar.addWorkingDaysToEpochDay(
    received,
    StatutoryLimits.SUPPLEMENT_NOTICE,
  );
  flag('supplementNoticeDueOn', calendar.unknownDaysIn(received, supplementNoticeDue) > 0);

  const { base, awaitingSupplement } = resolveBase(input, received, today);

  const consultationWindows: PauseWindow[] = [];
  const consultations: ClockConsultationResult[] = [];
  for (const { result, window, answerDueProvisional } of consultationPauses(
    input,
    received,
    today,
  )) {
    flag('consultations', answerDueProvisional);
    consultationWindows.push(window);
    consultations.push({ ...result, pause: describePause(calendar, window, base) });
  }

  const fee =
    input.feeNotice === undefined ? null : feeWindow(input, input.feeNotice, received, today);
  flag('feeNotice', fee?.provisional ?? false);
  const feePauses = input.feeWaitPausesClock ?? true;
  const windows =
    fee !== null && feePauses ? [...consultationWindows, fee.window] : consultationWindows;

  const baseOrdinal = calendar.ordinalThrough(base);
  const ordinal: OrdinalPause[] = [];
  for (const w of windows) {
    const pause = ordinalPause(calendar, w.from, w.to, baseOrdinal);
    if (pause !== null) ordinal.push(pause);
  }
  const merged = mergeOrdinalPauses(ordinal);
  const capsProvisional = windows.some((w) => w.provisional);
  const dueAfter = (n: number): EpochDay =>
    calendar.epochDayOfOrdinal(countedDueOrdinal(baseOrdinal, n, merged));

  const replyDue = dueAfter(StatutoryLimits.REPLY);
  const extendedDue = dueAfter(StatutoryLimits.EXTENDED_REPLY);
  flag('replyDueOn', capsProvisional || calendar.unknownDaysIn(base, replyDue) > 0);
  flag('extendedReplyDueOn', capsProvisional || calendar.unknownDaysIn(base, extendedDue) > 0);

  const extensionApproved = optionalDay(input.extensionApprovedOn);
  if (extensionApproved !== null) {
    notBefore(extensionApproved, received, 'extension approval', 'EVENT_BEFORE_RECEIPT');
  }
  const extended = extensionApproved !== null;
  const effectiveDue = extended ? extendedDue : replyDue;
  const limit = extended ? StatutoryLimits.EXTENDED_REPLY : StatutoryLimits.REPLY;

  const todayOrdinal = calendar.ordinalThrough(today);
  const used =
    todayOrdinal <= baseOrdinal
      ? 0
      : todayOrdinal - baseOrdinal - pausedOrdinalsThrough(merged, todayOrdinal);
  flag('countedWorkingDaysUsed', today > base && calendar.unknownDaysIn(base, today) > 0);

  const state: ClockState =
    concluded !== null
      ? 'STOPPED'
      : input.repliedOn !== undefined
        ? 'AWAITING_SERVICE'
        : awaitingSupplement
          ? 'AWAITING_SUPPLEMENT'
          : windows.some((w) => w.state === 'OPEN' && w.from <= today)
            ? 'PAUSED'
            : 'RUNNING';

  return {
    state,
    receivedOn: formatDomainDay(received),
    supplementNoticeDueOn: formatDomainDay(supplementNoticeDue),
    baseDate: formatDomainDay(base),
    replyDueOn: formatDomainDay(replyDue),
    extendedReplyDueOn: formatDomainDay(extendedDue),
    effectiveReplyDueOn: formatDomainDay(effectiveDue),
    extended,
    extensionApprovedLate: extensionApproved !== null && extensionApproved > replyDue,
    consultations,
    feeNotice:
      fee === null
        ? null
        : {
            paymentDueOn: fee.paymentDue === null ? null : formatDomainDay(fee.paymentDue),
            pause: feePauses ? describePause(calendar, fee.window, base) : null,
          },
    countedWorkingDaysLimit: limit,
    countedWorkingDaysUsed: used,
    countedWorkingDaysRemaining: Math.max(0, limit - used),
    overdue: today > effectiveDue,
    provisional: provisionalFields.size > 0,
    provisionalFields: [...provisionalFields],
    explanation: buildExplanation(calendar, base, effectiveDue, windows),
  };
}

function optionalDay(date: string | undefined): EpochDay | null {
  return date === undefined ? null : parseDomainDay(date);
}

function notBefore(
  day: EpochDay,
  earliest: EpochDay,
  what: string,
  reason: 'EVENT_BEFORE_RECEIPT' | 'EVENT_OUT_OF_ORDER',
): void {
  if (day < earliest) {
    throw new InvalidClockInputError(reason, `The ${what} date is before the date it follows`, {
      date: formatDomainDay(day),
      earliest: formatDomainDay(earliest),
    });
  }
}

/** Rule 2: the latest received supplement restarts the period; an open request stops it. */
function resolveBase(
  input: StatutoryClockInput,
  received: EpochDay,
  today: EpochDay,
): { base: EpochDay; awaitingSupplement: boolean } {
  const supplements = [...(input.supplements ?? [])]
    .map((s) => ({ requested: parseDomainDay(s.requestedOn), received: optionalDay(s.receivedOn) }))
    .sort((a, b) => a.requested - b.requested);
  let base = received;
  let awaitingSupplement = false;
  supplements.forEach((s, k) => {
    notBefore(s.requested, received, 'supplement request', 'EVENT_BEFORE_RECEIPT');
    if (s.received === null) {
      if (k !== supplements.length - 1) {
        throw new InvalidClockInputError(
          'SUPPLEMENT_STILL_OPEN',
          'A supplement request is still open although a later one was made',
        );
      }
      awaitingSupplement = true;
      base = Math.max(base, s.requested, today);
      return;
    }
    notBefore(s.received, s.requested, 'supplement receipt', 'EVENT_OUT_OF_ORDER');
    base = Math.max(base, s.received);
  });
  return { base, awaitingSupplement };
}

/** Rules 3–5 for one pause: `(start, end]` as calendar days, capped, open ones through today. */
function pauseWindow(
  id: string,
  cause: ClockPause['cause'],
  start: EpochDay,
  end: EpochDay | null,
  cap: EpochDay | null,
  capProvisional: boolean,
  today: EpochDay,
): PauseWindow {
  const from = start + 1;
  if (end !== null) {
    const capped = cap !== null && end > cap;
    return {
      id,
      cause,
      from,
      to: capped ? cap : end,
      state: 'CLOSED',
      provisional: capped && capProvisional,
    };
  }
  if (cap !== null && today > cap) {
    return { id, cause, from, to: cap, state: 'LAPSED', provisional: capProvisional };
  }
  return { id, cause, from, to: Math.max(today, start), state: 'OPEN', provisional: false };
}

/** Rules 3–5 for each consultation, with its answer due date (Arts. 32, 34). */
function consultationPauses(
  input: StatutoryClockInput,
  received: EpochDay,
  today: EpochDay,
): {
  result: Omit<ClockConsultationResult, 'pause'>;
  window: PauseWindow;
  answerDueProvisional: boolean;
}[] {
  const { calendar } = input;
  const ids = new Set<string>();
  return (input.consultations ?? []).map((c) => {
    if (c.id.trim() === '') {
      throw new InvalidClockInputError('MISSING_CONSULTATION_ID', 'A consultation needs an id');
    }
    if (ids.has(c.id)) {
      throw new InvalidClockInputError('DUPLICATE_CONSULTATION', 'Two consultations share an id', {
        id: c.id,
      });
    }
    ids.add(c.id);
    const started = parseDomainDay(c.startedOn);
    notBefore(started, received, 'consultation start', 'EVENT_BEFORE_RECEIPT');
    const partyReceived = optionalDay(c.partyReceivedOn);
    const answered = optionalDay(c.answeredOn);
    if (partyReceived !== null) {
      notBefore(partyReceived, started, 'party receipt', 'EVENT_OUT_OF_ORDER');
    }
    if (answered !== null) notBefore(answered, started, 'answer', 'EVENT_OUT_OF_ORDER');
    const answerDue =
      partyReceived === null
        ? null
        : calendar.addWorkingDaysToEpochDay(partyReceived, StatutoryLimits.CONSULTATION_ANSWER);
    const answerDueProvisional =
      answerDue !== null &&
      partyReceived !== null &&
      calendar.unknownDaysIn(partyReceived, answerDue) > 0;
    const window = pauseWindow(
      `consultation:${c.id}`,
      'CONSULTATION',
      started,
      answered,
      answerDue,
      answerDueProvisional,
      today,
    );
    return {
      result: {
        id: c.id,
        kind: c.kind,
        answerDueOn: answerDue === null ? null : formatDomainDay(answerDue),
      },
      window,
      answerDueProvisional,
    };
  });
}

function feeWindow(
  input: StatutoryClockInput,
  notice: ClockFeeNotice,
  received: EpochDay,
  today: EpochDay,
): { window: PauseWindow; paymentDue: EpochDay | null; provisional: boolean } {
  const { calendar } = input;
  const issued = parseDomainDay(notice.issuedOn);
  notBefore(issued, received, 'fee notice', 'EVENT_BEFORE_RECEIPT');
  const applicantReceived = optionalDay(notice.receivedOn);
  const paid = optionalDay(notice.paidOn);
  if (applicantReceived !== null) {
    notBefore(applicantReceived, issued, 'fee notice receipt', 'EVENT_OUT_OF_ORDER');
  }
  if (paid !== null) notBefore(paid, issued, 'fee payment', 'EVENT_OUT_OF_ORDER');
  const paymentDue =
    applicantReceived === null
      ? null
      : calendar.addWorkingDaysToEpochDay(applicantReceived, StatutoryLimits.FEE_PAYMENT);
  const provisional =
    paymentDue !== null &&
    applicantReceived !== null &&
    calendar.unknownDaysIn(applicantReceived, paymentDue) > 0;
  const window = pauseWindow('fee-wait', 'FEE_WAIT', issued, paid, paymentDue, provisional, today);
  return { window, paymentDue, provisional };
}

function describePause(
  calendar: WorkingDayCalendar,
  window: PauseWindow,
  base: EpochDay,
): ClockPause {
  const first = Math.max(window.from, base + 1);
  const workingDays =
    window.to < first ? 0 : calendar.ordinalThrough(window.to) - calendar.ordinalThrough(first - 1);
  return {
    id: window.id,
    cause: window.cause,
    from: formatDomainDay(window.from),
    to: formatDomainDay(window.to),
    state: window.state,
    workingDays,
  };
}
