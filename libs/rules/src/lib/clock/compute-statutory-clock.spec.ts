import { createNationalCalendar } from '../calendar/national-calendar.js';
import type { DomainError } from '../errors/domain-error.js';
import { computeStatutoryClock } from './compute-statutory-clock.js';
import type { StatutoryClock } from './statutory-clock.js';
import type { StatutoryClockInput } from './statutory-clock-input.js';

const calendar = createNationalCalendar();

function clock(input: Omit<StatutoryClockInput, 'calendar'>): StatutoryClock {
  return computeStatutoryClock({ calendar, ...input });
}

function dueDates(c: StatutoryClock): string[] {
  return [c.supplementNoticeDueOn, c.replyDueOn, c.extendedReplyDueOn];
}

function failure(run: () => unknown): { code: string; reason: unknown } {
  try {
    run();
  } catch (error) {
    const e = error as DomainError;
    return { code: e.code, reason: e.details['reason'] };
  }
  throw new Error('expected a DomainError');
}

describe('computeStatutoryClock', () => {
  describe('without events', () => {
    it.each([
      ['2024-09-27', '2024-10-12', '2024-10-30', '2024-11-27'],
      ['2024-02-06', '2024-02-21', '2024-03-11', '2024-04-09'],
      ['2024-04-30', '2024-05-13', '2024-05-30', '2024-06-28'],
    ])('received %s: 7/20/40 working days are %s, %s, %s', (receivedOn, seven, twenty, forty) => {
      const c = clock({ receivedOn, today: receivedOn });
      expect(dueDates(c)).toEqual([seven, twenty, forty]);
      expect(c).toMatchObject({
        state: 'RUNNING',
        baseDate: receivedOn,
        effectiveReplyDueOn: twenty,
        extended: false,
        countedWorkingDaysLimit: 20,
        countedWorkingDaysUsed: 0,
        countedWorkingDaysRemaining: 20,
        overdue: false,
        provisional: false,
      });
    });

    it('explains the 2024 National Day example day by day', () => {
      const c = clock({ receivedOn: '2024-09-27', today: '2024-09-27' });
      expect(c.explanation.slice(0, 12)).toEqual([
        { date: '2024-09-28', kind: 'WEEKEND' },
        { date: '2024-09-29', kind: 'MAKE_UP_WORKING_DAY', n: 1, name: '国庆节' },
        { date: '2024-09-30', kind: 'COUNTED', n: 2 },
        { date: '2024-10-01', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-02', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-03', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-04', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-05', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-06', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-07', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2024-10-08', kind: 'COUNTED', n: 3 },
        { date: '2024-10-09', kind: 'COUNTED', n: 4 },
      ]);
      expect(c.explanation.at(-1)).toEqual({ date: '2024-10-30', kind: 'COUNTED', n: 20 });
    });

    it('starts from the next working day when received on a make-up Saturday', () => {
      const c = clock({ receivedOn: '2024-10-12', today: '2024-10-14' });
      expect(dueDates(c)).toEqual(['2024-10-22', '2024-11-08', '2024-12-06']);
      expect(c.countedWorkingDaysUsed).toBe(1);
    });

    it('starts from the first day back when received on a holiday', () => {
      const c = clock({ receivedOn: '2024-10-03', today: '2024-10-03' });
      expect(c.supplementNoticeDueOn).toBe('2024-10-15');
      expect(c.replyDueOn).toBe('2024-11-01');
      expect(c.explanation[4]).toEqual({ date: '2024-10-08', kind: 'COUNTED', n: 1 });
    });

    it('runs across the year end and the 2025 Spring Festival make-up days', () => {
      const c = clock({ receivedOn: '2024-12-20', today: '2024-12-20' });
      expect(dueDates(c)).toEqual(['2024-12-31', '2025-01-20', '2025-02-21']);
      expect(c.provisional).toBe(false);
    });
  });

  describe('today', () => {
    it('is in time on the due date and overdue the day after', () => {
      const onTheDay = clock({ receivedOn: '2024-03-01', today: '2024-03-29' });
      expect(onTheDay).toMatchObject({
        replyDueOn: '2024-03-29',
        countedWorkingDaysUsed: 20,
        countedWorkingDaysRemaining: 0,
        overdue: false,
      });
      const weekendAfter = clock({ receivedOn: '2024-03-01', today: '2024-03-30' });
      expect(weekendAfter).toMatchObject({ countedWorkingDaysUsed: 20, overdue: true });
      const late = clock({ receivedOn: '2024-03-01', today: '2024-04-01' });
      expect(late).toMatchObject({
        countedWorkingDaysUsed: 21,
        countedWorkingDaysRemaining: 0,
        overdue: true,
      });
    });

    it('counts the days used through today, not counting a non-working today twice', () => {
      expect(clock({ receivedOn: '2024-03-01', today: '2024-03-10' }).countedWorkingDaysUsed).toBe(
        5,
      );
      expect(clock({ receivedOn: '2024-03-01', today: '2024-02-20' }).countedWorkingDaysUsed).toBe(
        0,
      );
    });
  });

  describe('reply and conclusion', () => {
    it('runs on after the reply until service: the deadline is met on the day of service', () => {
      const c = clock({ receivedOn: '2024-03-01', today: '2024-04-01', repliedOn: '2024-03-28' });
      expect(c).toMatchObject({
        state: 'AWAITING_SERVICE',
        countedWorkingDaysUsed: 21,
        overdue: true,
      });
    });

    it('stops on the conclusion day: days used and overdue no longer change', () => {
      const served = {
        receivedOn: '2024-03-01',
        repliedOn: '2024-03-28',
        concludedOn: '2024-03-29',
      };
      const onTheDay = clock({ ...served, today: '2024-03-29' });
      const monthsLater = clock({ ...served, today: '2024-07-01' });
      expect(monthsLater).toEqual(onTheDay);
      expect(monthsLater).toMatchObject({
        state: 'STOPPED',
        countedWorkingDaysUsed: 20,
        countedWorkingDaysRemaining: 0,
        overdue: false,
      });
      // Served after the due date: overdue, and it stays so.
      expect(clock({ ...served, concludedOn: '2024-04-01', today: '2024-07-01' })).toMatchObject({
        state: 'STOPPED',
        countedWorkingDaysUsed: 21,
        overdue: true,
      });
    });

    it('ends a pause still open at the conclusion there (withdrawn during a consultation)', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-05-06',
        concludedOn: '2024-03-12',
        consultations: [{ id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-03-04' }],
      });
      expect(c.state).toBe('STOPPED');
      expect(c.consultations[0]?.pause).toMatchObject({ to: '2024-03-12', state: 'OPEN' });
      // Counted: 03-04 only (day 1, the sending day); the pause covers 03-05 … 03-12, not later.
      expect(c.countedWorkingDaysUsed).toBe(1);
    });
  });

  describe('supplements (补正)', () => {
    it('restarts the period from the supplement receipt; the notice deadline stays on the original', () => {
      const c = clock({
        receivedOn: '2024-09-02',
        today: '2024-09-23',
        supplements: [{ requestedOn: '2024-09-05', receivedOn: '2024-09-20' }],
      });
      expect(c).toMatchObject({
        state: 'RUNNING',
        supplementNoticeDueOn: '2024-09-11',
        baseDate: '2024-09-20',
        replyDueOn: '2024-10-23',
        countedWorkingDaysUsed: 1,
      });
    });

    it('stops the clock while a supplement is awaited and projects from today', () => {
      const c = clock({
        receivedOn: '2024-09-02',
        today: '2024-09-10',
        supplements: [{ requestedOn: '2024-09-05' }],
      });
      expect(c).toMatchObject({
        state: 'AWAITING_SUPPLEMENT',
        baseDate: '2024-09-10',
        // 2024-09-14 is the make-up Saturday before the Mid-Autumn Festival.
        replyDueOn: '2024-10-14',
        countedWorkingDaysUsed: 0,
        overdue: false,
      });
    });

    it('ignores pauses that ended before the restart', () => {
      const c = clock({
        receivedOn: '2024-09-02',
        today: '2024-09-23',
        supplements: [{ requestedOn: '2024-09-05', receivedOn: '2024-09-20' }],
        consultations: [
          { id: 'c', kind: 'OTHER_AGENCY', startedOn: '2024-09-03', answeredOn: '2024-09-06' },
        ],
      });
      expect(c.replyDueOn).toBe('2024-10-23');
      expect(c.consultations[0]?.pause.workingDays).toBe(0);
    });

    it('refuses an open request followed by a later one', () => {
      expect(
        failure(() =>
          clock({
            receivedOn: '2024-09-02',
            today: '2024-09-30',
            supplements: [{ requestedOn: '2024-09-05' }, { requestedOn: '2024-09-10' }],
          }),
        ),
      ).toEqual({ code: 'CLOCK.INVALID_INPUT', reason: 'SUPPLEMENT_STILL_OPEN' });
    });
  });

  describe('consultations', () => {
    it('counts the sending day, pauses through the answer day, and resumes the day after', () => {
      const plain = clock({ receivedOn: '2024-03-01', today: '2024-03-05' });
      expect(plain.replyDueOn).toBe('2024-03-29');
      const sameDay = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-05',
        consultations: [
          { id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-03-05', answeredOn: '2024-03-05' },
        ],
      });
      expect(sameDay.replyDueOn).toBe('2024-03-29');
      const nextDay = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-05',
        consultations: [
          { id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-03-04', answeredOn: '2024-03-05' },
        ],
      });
      expect(nextDay.replyDueOn).toBe('2024-04-01');
      expect(nextDay.explanation.slice(2, 4)).toEqual([
        { date: '2024-03-04', kind: 'COUNTED', n: 1 },
        { date: '2024-03-05', kind: 'PAUSED', pausedBy: ['consultation:a'] },
      ]);
    });

    it('reproduces the worked example of domain-rules.md §2.6', () => {
      const consultation = {
        id: 'c1',
        kind: 'THIRD_PARTY',
        startedOn: '2024-10-08',
        partyReceivedOn: '2024-10-09',
        answeredOn: '2024-10-15',
      } as const;
      const c = clock({
        receivedOn: '2024-09-27',
        today: '2024-10-16',
        consultations: [consultation],
      });
      expect(c).toMatchObject({ replyDueOn: '2024-11-07', countedWorkingDaysUsed: 4 });
      expect(c.consultations[0]).toMatchObject({
        answerDueOn: '2024-10-29',
        pause: { workingDays: 6 },
      });
      expect(c.explanation.slice(10, 19)).toEqual([
        { date: '2024-10-08', kind: 'COUNTED', n: 3 },
        { date: '2024-10-09', kind: 'PAUSED', pausedBy: ['consultation:c1'] },
        { date: '2024-10-10', kind: 'PAUSED', pausedBy: ['consultation:c1'] },
        { date: '2024-10-11', kind: 'PAUSED', pausedBy: ['consultation:c1'] },
        { date: '2024-10-12', kind: 'PAUSED', pausedBy: ['consultation:c1'], name: '国庆节' },
        { date: '2024-10-13', kind: 'WEEKEND' },
        { date: '2024-10-14', kind: 'PAUSED', pausedBy: ['consultation:c1'] },
        { date: '2024-10-15', kind: 'PAUSED', pausedBy: ['consultation:c1'] },
        { date: '2024-10-16', kind: 'COUNTED', n: 4 },
      ]);
      const lateAnswer = clock({
        receivedOn: '2024-09-27',
        today: '2024-11-05',
        consultations: [{ ...consultation, answeredOn: '2024-11-05' }],
      });
      expect(lateAnswer.consultations[0]?.pause.to).toBe('2024-10-29');
    });

    it('merges overlapping consultations so a day paused twice is skipped once', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-20',
        consultations: [
          {
            id: 'first',
            kind: 'THIRD_PARTY',
            startedOn: '2024-03-05',
            partyReceivedOn: '2024-03-06',
            answeredOn: '2024-03-12',
          },
          { id: 'second', kind: 'OTHER_AGENCY', startedOn: '2024-03-08', answeredOn: '2024-03-15' },
        ],
      });
      // 8 working days paused (03-06 … 03-15); 清明 and its make-up Sunday 04-07 follow.
      expect(c.replyDueOn).toBe('2024-04-11');
      expect(c.consultations.map((r) => [r.id, r.answerDueOn, r.pause.workingDays])).toEqual([
        ['first', '2024-03-27', 5],
        ['second', null, 5],
      ]);
      expect(c.explanation.find((d) => d.date === '2024-03-11')).toEqual({
        date: '2024-03-11',
        kind: 'PAUSED',
        pausedBy: ['consultation:first', 'consultation:second'],
      });
      expect(c.countedWorkingDaysUsed).toBe(2 + 3);
    });

    it('adds an approved extension on top of the pauses', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-20',
        consultations: [
          { id: 'first', kind: 'THIRD_PARTY', startedOn: '2024-03-05', answeredOn: '2024-03-12' },
          { id: 'second', kind: 'OTHER_AGENCY', startedOn: '2024-03-08', answeredOn: '2024-03-15' },
        ],
        extensionApprovedOn: '2024-03-20',
      });
      expect(c).toMatchObject({
        replyDueOn: '2024-04-11',
        extendedReplyDueOn: '2024-05-11',
        effectiveReplyDueOn: '2024-05-11',
        extended: true,
        extensionApprovedLate: false,
        countedWorkingDaysLimit: 40,
        countedWorkingDaysRemaining: 35,
      });
      expect(c.explanation.filter((d) => d.n !== undefined)).toHaveLength(40);
      expect(c.explanation.at(-1)).toEqual({
        date: '2024-05-11',
        kind: 'MAKE_UP_WORKING_DAY',
        n: 40,
        name: '劳动节',
      });
    });

    it('flags an extension approved after the 20 days ran out', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-04-01',
        extensionApprovedOn: '2024-04-01',
      });
      expect(c).toMatchObject({ extensionApprovedLate: true, overdue: false });
    });

    it('keeps an open consultation paused through today, moving the due date day by day', () => {
      const open = { id: 'x', kind: 'THIRD_PARTY', startedOn: '2024-03-05' } as const;
      const tuesday = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-12',
        consultations: [open],
      });
      expect(tuesday).toMatchObject({ state: 'PAUSED', replyDueOn: '2024-04-08' });
      expect(tuesday.consultations[0]?.pause).toEqual({
        id: 'consultation:x',
        cause: 'CONSULTATION',
        from: '2024-03-06',
        to: '2024-03-12',
        state: 'OPEN',
        workingDays: 5,
      });
      const wednesday = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-13',
        consultations: [open],
      });
      expect(wednesday.replyDueOn).toBe('2024-04-09');
      expect(wednesday.countedWorkingDaysUsed).toBe(2);
    });

    it('is still running on the day a consultation is sent: that day is counted', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-05',
        consultations: [{ id: 'x', kind: 'OTHER_AGENCY', startedOn: '2024-03-05' }],
      });
      expect(c).toMatchObject({ state: 'RUNNING', countedWorkingDaysUsed: 2 });
      expect(c.consultations[0]?.pause).toMatchObject({ state: 'OPEN', workingDays: 0 });
    });

    it('ends the pause at the answer due date when the answer is late or missing', () => {
      const base = {
        id: 'x',
        kind: 'THIRD_PARTY',
        startedOn: '2024-03-05',
        partyReceivedOn: '2024-03-06',
      } as const;
      const late = clock({
        receivedOn: '2024-03-01',
        today: '2024-04-20',
        consultations: [{ ...base, answeredOn: '2024-04-15' }],
      });
      expect(late.consultations[0]).toMatchObject({
        answerDueOn: '2024-03-27',
        pause: { to: '2024-03-27', state: 'CLOSED', workingDays: 16 },
      });
      const silent = clock({
        receivedOn: '2024-03-01',
        today: '2024-04-01',
        consultations: [base],
      });
      expect(silent.state).toBe('RUNNING');
      expect(silent.consultations[0]?.pause).toMatchObject({ to: '2024-03-27', state: 'LAPSED' });
      expect(silent.replyDueOn).toBe(late.replyDueOn);
    });

    it('refuses contradictory consultation facts', () => {
      const run = (consultations: StatutoryClockInput['consultations']) =>
        failure(() => clock({ receivedOn: '2024-03-01', today: '2024-04-01', consultations }));
      expect(
        run([{ id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-03-05', answeredOn: '2024-03-04' }]),
      ).toEqual({ code: 'CLOCK.INVALID_INPUT', reason: 'EVENT_OUT_OF_ORDER' });
      expect(run([{ id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-02-28' }])).toEqual({
        code: 'CLOCK.INVALID_INPUT',
        reason: 'EVENT_BEFORE_RECEIPT',
      });
      expect(
        run([
          { id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-03-05' },
          { id: 'a', kind: 'OTHER_AGENCY', startedOn: '2024-03-06' },
        ]),
      ).toEqual({ code: 'CLOCK.INVALID_INPUT', reason: 'DUPLICATE_CONSULTATION' });
    });
  });

  describe('fee wait', () => {
    const feeNotice = { issuedOn: '2024-03-05', receivedOn: '2024-03-07', paidOn: '2024-03-14' };

    it('pauses the clock by default, from the day after issue through the payment day', () => {
      const c = clock({ receivedOn: '2024-03-01', today: '2024-03-20', feeNotice });
      expect(c.replyDueOn).toBe('2024-04-10');
      // The 20th working day after 03-07 is the make-up Sunday before 清明 ends.
      expect(c.feeNotice).toEqual({
        paymentDueOn: '2024-04-07',
        pause: {
          id: 'fee-wait',
          cause: 'FEE_WAIT',
          from: '2024-03-06',
          to: '2024-03-14',
          state: 'CLOSED',
          workingDays: 7,
        },
      });
    });

    it('does not pause when the setting is off, but still gives the payment due date', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-20',
        feeNotice,
        feeWaitPausesClock: false,
      });
      expect(c.replyDueOn).toBe('2024-03-29');
      expect(c.feeNotice).toEqual({ paymentDueOn: '2024-04-07', pause: null });
      expect(c.explanation.some((d) => d.kind === 'PAUSED')).toBe(false);
    });

    it('ends the fee wait at the payment due date when nothing is paid', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-04-10',
        feeNotice: { issuedOn: '2024-03-05', receivedOn: '2024-03-07' },
      });
      expect(c.state).toBe('RUNNING');
      expect(c.feeNotice?.pause).toMatchObject({ to: '2024-04-07', state: 'LAPSED' });
    });

    it('stays paused while unpaid and merges with a consultation', () => {
      const c = clock({
        receivedOn: '2024-03-01',
        today: '2024-03-12',
        feeNotice: { issuedOn: '2024-03-05', receivedOn: '2024-03-07' },
        consultations: [
          { id: 'a', kind: 'THIRD_PARTY', startedOn: '2024-03-04', answeredOn: '2024-03-08' },
        ],
      });
      // Paused: 03-05 … 03-12 (6 working days), once; 03-04 was counted.
      expect(c).toMatchObject({ state: 'PAUSED', replyDueOn: '2024-04-09' });
    });
  });

  describe('provisional dates', () => {
    it('marks dates that run into a year without a loaded notice', () => {
      const c = clock({ receivedOn: '2026-12-10', today: '2026-12-10' });
      expect(c.supplementNoticeDueOn).toBe('2026-12-21');
      expect(c.replyDueOn).toBe('2027-01-07');
      expect(c.provisional).toBe(true);
      expect(c.provisionalFields).toEqual(['replyDueOn', 'extendedReplyDueOn']);
      expect(c.explanation.find((d) => d.date === '2027-01-01')).toEqual({
        date: '2027-01-01',
        kind: 'COUNTED',
        n: 16,
        provisional: true,
      });
    });

    it('stops being provisional once the year is loaded', () => {
      const loaded = calendar.withYear({
        year: 2027,
        notices: [{ title: '测试用 2027 年通知', url: 'https://example.gov.cn/2027.htm' }],
        days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }],
      });
      const c = computeStatutoryClock({
        calendar: loaded,
        receivedOn: '2026-12-10',
        today: '2026-12-10',
      });
      expect(c.provisional).toBe(false);
      expect(c.replyDueOn).toBe('2027-01-08');
    });
  });

  it('follows an agency calendar with local closures', () => {
    const local = calendar.withOverrides([
      { date: '2024-10-09', isOffDay: true, name: '台风停工' },
      { date: '2024-10-10', isOffDay: true, name: '台风停工' },
    ]);
    const c = computeStatutoryClock({
      calendar: local,
      receivedOn: '2024-09-27',
      today: '2024-10-08',
    });
    expect(c.replyDueOn).toBe('2024-11-01');
    expect(c.explanation.find((d) => d.date === '2024-10-09')).toEqual({
      date: '2024-10-09',
      kind: 'HOLIDAY',
      name: '台风停工',
    });
  });
});
