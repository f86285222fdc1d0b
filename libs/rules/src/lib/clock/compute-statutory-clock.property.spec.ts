import fc from 'fast-check';
import { createNationalCalendar } from '../calendar/national-calendar.js';
import { addDays, fromEpochDay, toEpochDay } from '../date/local-date.js';
import { computeDueDate, type PauseSpan } from './compute-due-date.js';
import { computeStatutoryClock } from './compute-statutory-clock.js';
import type { ClockConsultation, StatutoryClockInput } from './statutory-clock-input.js';

const calendar = createNationalCalendar();

/** Naive reference: walk day by day, counting working days that no pause span covers. */
function naiveDueDate(base: string, n: number, pauses: readonly PauseSpan[]): string {
  let day = base;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    const paused = pauses.some((p) => p.from <= day && day <= p.to);
    if (calendar.isWorkingDay(day) && !paused) left -= 1;
  }
  return day;
}

const receipt = fc
  .integer({ min: toEpochDay('2019-01-01'), max: toEpochDay('2026-06-30') })
  .map(fromEpochDay);
const offset = (max: number) => fc.integer({ min: 0, max });

const consultation = (receivedOn: string, id: string) =>
  fc
    .record({
      start: offset(60),
      party: fc.option(offset(10), { nil: undefined }),
      answer: fc.option(offset(60), { nil: undefined }),
      kind: fc.constantFrom('THIRD_PARTY', 'OTHER_AGENCY' as const),
    })
    .map(({ start, party, answer, kind }): ClockConsultation => {
      const startedOn = addDays(receivedOn, start);
      return {
        id,
        kind,
        startedOn,
        ...(party === undefined ? {} : { partyReceivedOn: addDays(startedOn, party) }),
        ...(answer === undefined ? {} : { answeredOn: addDays(startedOn, answer) }),
      };
    });

/** Random but consistent facts of one application. */
const clockInput = receipt.chain((receivedOn) =>
  fc.record({
    receivedOn: fc.constant(receivedOn),
    today: offset(200).map((d) => addDays(receivedOn, d)),
    consultations: fc
      .array(consultation(receivedOn, 'c'), { maxLength: 3 })
      .map((list) => list.map((c, k) => ({ ...c, id: `c${k}` }))),
    supplement: fc.option(
      fc.record({ requested: offset(10), received: fc.option(offset(40), { nil: undefined }) }),
      { nil: undefined },
    ),
    fee: fc.option(
      fc.record({
        issued: offset(30),
        received: fc.option(offset(5), { nil: undefined }),
        paid: fc.option(offset(40), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    extension: fc.option(offset(40), { nil: undefined }),
    feeWaitPausesClock: fc.boolean(),
  }),
);

type Generated = typeof clockInput extends fc.Arbitrary<infer T> ? T : never;

function toInput(g: Generated): StatutoryClockInput {
  const supplements =
    g.supplement === undefined
      ? []
      : [
          {
            requestedOn: addDays(g.receivedOn, g.supplement.requested),
            ...(g.supplement.received === undefined
              ? {}
              : {
                  receivedOn: addDays(g.receivedOn, g.supplement.requested + g.supplement.received),
                }),
          },
        ];
  const feeNotice =
    g.fee === undefined
      ? undefined
      : {
          issuedOn: addDays(g.receivedOn, g.fee.issued),
          ...(g.fee.received === undefined
            ? {}
            : { receivedOn: addDays(g.receivedOn, g.fee.issued + g.fee.received) }),
          ...(g.fee.paid === undefined
            ? {}
            : { paidOn: addDays(g.receivedOn, g.fee.issued + g.fee.paid) }),
        };
  return {
    calendar,
    receivedOn: g.receivedOn,
    today: g.today,
    supplements,
    consultations: g.consultations,
    feeWaitPausesClock: g.feeWaitPausesClock,
    ...(feeNotice === undefined ? {} : { feeNotice }),
    ...(g.extension === undefined
      ? {}
      : { extensionApprovedOn: addDays(g.receivedOn, g.extension) }),
  };
}

describe('statutory clock properties', () => {
  it('puts every due date on a working day', () => {
    fc.assert(
      fc.property(clockInput, (g) => {
        const c = computeStatutoryClock(toInput(g));
        const dates = [
          c.supplementNoticeDueOn,
          c.replyDueOn,
          c.extendedReplyDueOn,
          ...c.consultations.flatMap((r) => (r.answerDueOn === null ? [] : [r.answerDueOn])),
          ...(c.feeNotice?.paymentDueOn == null ? [] : [c.feeNotice.paymentDueOn]),
        ];
        for (const date of dates) expect(calendar.isWorkingDay(date)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('explains exactly 20 (or 40) counted days, ending on the due date', () => {
    fc.assert(
      fc.property(clockInput, (g) => {
        const c = computeStatutoryClock(toInput(g));
        const counted = c.explanation.filter((d) => d.n !== undefined);
        expect(counted.map((d) => d.n)).toEqual(
          Array.from({ length: c.countedWorkingDaysLimit }, (_, k) => k + 1),
        );
        expect(c.explanation.at(-1)?.date).toBe(c.effectiveReplyDueOn);
        expect(c.explanation[0]?.date).toBe(addDays(c.baseDate, 1));
        const paused = c.explanation.filter((d) => d.kind === 'PAUSED');
        for (const d of paused) expect(calendar.isWorkingDay(d.date)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never moves a due date earlier when a pause is added', () => {
    fc.assert(
      fc.property(
        clockInput.chain((g) => fc.tuple(fc.constant(g), consultation(g.receivedOn, 'extra'))),
        ([g, extra]) => {
          const before = computeStatutoryClock(toInput(g));
          const input = toInput(g);
          const after = computeStatutoryClock({
            ...input,
            consultations: [...(input.consultations ?? []), extra],
          });
          expect(after.replyDueOn >= before.replyDueOn).toBe(true);
          expect(after.extendedReplyDueOn >= before.extendedReplyDueOn).toBe(true);
          expect(after.countedWorkingDaysUsed).toBeLessThanOrEqual(before.countedWorkingDaysUsed);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the days used and remaining consistent with the due date', () => {
    fc.assert(
      fc.property(clockInput, (g) => {
        const c = computeStatutoryClock(toInput(g));
        expect(c.overdue).toBe(g.today > c.effectiveReplyDueOn);
        // A weekend right after the due date is overdue with exactly `limit` days used.
        if (c.overdue)
          expect(c.countedWorkingDaysUsed).toBeGreaterThanOrEqual(c.countedWorkingDaysLimit);
        else expect(c.countedWorkingDaysUsed).toBeLessThanOrEqual(c.countedWorkingDaysLimit);
        expect(c.countedWorkingDaysRemaining).toBe(
          Math.max(0, c.countedWorkingDaysLimit - c.countedWorkingDaysUsed),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('computes due dates with pauses like the naive day-by-day walk', () => {
    const span = (base: string) =>
      fc.tuple(offset(60), offset(30)).map(([start, length]) => ({
        from: addDays(base, start),
        to: addDays(base, start + length),
      }));
    fc.assert(
      fc.property(
        receipt.chain((base) =>
          fc.tuple(
            fc.constant(base),
            fc.integer({ min: 1, max: 60 }),
            fc.array(span(base), { maxLength: 4 }),
          ),
        ),
        ([base, n, pauses]) => {
          expect(computeDueDate(calendar, base, n, pauses).date).toBe(
            naiveDueDate(base, n, pauses),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
