import { randomUUID } from 'node:crypto';
import {
  createAgency,
  createUser,
  freePort,
  GraphqlClient,
  errorCode,
  startTestStack,
  spawnApp,
  type TestStack,
  waitForHttp,
} from '@gongkai/testing';

// Issue 4: the working calendar an administrator keeps. Loading a year's notice is validated,
// changes the calendar every due date is computed with (api and worker), and recomputes the open
// applications' stored due dates, with a timeline event where they changed.

const CALENDAR = `query ($year: Int!) { workingCalendar(year: $year) {
  year origin loadedAt notices { title url documentNumber issuedOn }
  holidays { date name } makeUpWorkdays { date name } } }`;
const LOAD = `mutation ($input: LoadWorkingCalendarYearInput!) { loadWorkingCalendarYear(input: $input) {
  checkedApplications recomputedApplications calendar { year origin holidays { date name } } } }`;
const DEADLINES = `query ($d: LocalDate!) { deadlineCalculator(receivedOn: $d) { supplementNoticeDueOn replyDueOn provisional } }`;

const NOTICE_2027 = {
  title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  url: 'https://www.gov.cn/zhengce/content/2027-test.htm',
  documentNumber: '国办发明电〔2026〕99号',
  issuedOn: '2026-11-20',
};
/** A test year: 元旦 Friday 1 January to Sunday 3 January, and one 调休 Saturday. */
const YEAR_2027 = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
  ],
  makeUpWorkdays: [{ date: '2027-01-09', name: '元旦' }],
  source: NOTICE_2027,
};

describe('working calendar', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  let officer: GraphqlClient;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    const agency = await createAgency(stack.db.pool, { name: '日历测试局' });
    const adminUser = await createUser(stack.db.pool, { roles: ['ADMIN'], agency });
    const officerUser = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    admin = await stack.client.login(adminUser.email, adminUser.password);
    officer = await stack.client.login(officerUser.email, officerUser.password);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** A registered application whose legal receipt date is `receivedOn` (set in the database:
   * the api only accepts receipt dates up to today). Returns its id. */
  const applicationReceivedOn = async (receivedOn: string, due: Record<string, unknown>) => {
    const { registerApplication } = await officer.data<{
      registerApplication: { application: { id: string } };
    }>(
      `mutation ($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { id } } }`,
      {
        input: {
          channel: 'IN_PERSON',
          idempotencyKey: randomUUID(),
          applicant: {
            kind: 'NATURAL_PERSON',
            name: '赵六',
            idType: 'PASSPORT',
            idNumber: 'E7654321',
            phone: '13800138000',
            postalAddress: '湖南省长沙市岳麓区测试路 1 号',
          },
          request: {
            description: '年末收到的申请',
            requestedForm: 'PAPER',
            obtainingMethod: 'COLLECT_IN_PERSON',
          },
        },
      },
    );
    const id = registerApplication.application.id;
    await stack.db.pool.query(
      `update application set received_on = $2, reply_due_on = $3, supplement_notice_due_on = $4, provisional = $5 where id = $1`,
      [id, receivedOn, due['replyDueOn'], due['supplementNoticeDueOn'], due['provisional']],
    );
    return id;
  };

  it('shows the built-in years, and a year without a notice as Mon–Fri only', async () => {
    const y2024 = (
      await stack.client.data<{ workingCalendar: Record<string, unknown> }>(CALENDAR, {
        year: 2024,
      })
    ).workingCalendar;
    expect(y2024).toMatchObject({ year: 2024, origin: 'BUILT_IN', loadedAt: null });
    expect(y2024['holidays']).toContainEqual({ date: '2024-10-01', name: '国庆节' });
    expect(y2024['makeUpWorkdays']).toContainEqual({ date: '2024-10-12', name: '国庆节' });
    const y2027 = (
      await stack.client.data<{ workingCalendar: Record<string, unknown> }>(CALENDAR, {
        year: 2027,
      })
    ).workingCalendar;
    expect(y2027).toMatchObject({ origin: 'NONE', holidays: [], makeUpWorkdays: [], notices: [] });
    expect(errorCode(await stack.client.request(CALENDAR, { year: 1999 }))).toBe(
      'CALENDAR.DATE_OUT_OF_RANGE',
    );
  });

  it('refuses bad data with every problem listed, and writes nothing', async () => {
    const result = await admin.request(LOAD, {
      input: {
        ...YEAR_2027,
        holidays: [
          { date: '2027-10-01', name: '国庆节' },
          { date: '2027-10-01', name: '国庆节' },
          { date: '2028-05-01', name: '劳动节' },
        ],
        makeUpWorkdays: [{ date: '2027-09-27', name: '国庆节' }],
      },
    });
    expect(errorCode(result)).toBe('CALENDAR.INVALID_YEAR_DATA');
    const reasons = (result.errors?.[0]?.extensions?.['problems'] as { reason: string }[]).map(
      (p) => p.reason,
    );
    expect(reasons).toEqual(
      expect.arrayContaining(['DUPLICATE_DATE', 'DATE_OUTSIDE_YEAR', 'WORKING_DAY_ON_WEEKDAY']),
    );
    const noSource = await admin.request(LOAD, {
      input: { ...YEAR_2027, source: { ...NOTICE_2027, url: 'not a url' } },
    });
    expect(errorCode(noSource)).toBe('CALENDAR.INVALID_YEAR_DATA');
    const rows = await stack.db.pool.query('select count(*)::int as n from calendar_year');
    expect(rows.rows[0].n).toBe(0);
  });

  it('loads a year: the calculator uses it at once, and open applications are recomputed once', async () => {
    // Before: 2027 is Mon–Fri only, so 1 January counts and everything is provisional.
    const before = (
      await stack.client.data<{ deadlineCalculator: Record<string, unknown> }>(DEADLINES, {
        d: '2026-12-28',
      })
    ).deadlineCalculator;
    expect(before).toEqual({
      supplementNoticeDueOn: '2027-01-06',
      replyDueOn: '2027-01-25',
      provisional: true,
    });
    const open = await applicationReceivedOn('2026-12-28', { ...before });
    const untouched = await applicationReceivedOn('2026-11-02', {
      replyDueOn: '2026-11-30',
      supplementNoticeDueOn: '2026-11-11',
      provisional: false,
    });

    const { loadWorkingCalendarYear } = await admin.data<{
      loadWorkingCalendarYear: Record<string, unknown>;
    }>(LOAD, { input: YEAR_2027 });
    expect(loadWorkingCalendarYear).toMatchObject({
      checkedApplications: 2,
      recomputedApplications: 1,
      calendar: { year: 2027, origin: 'LOADED' },
    });

    // 1 January is off and Saturday 9 January is worked: 7th and 20th working days move.
    const after = (
      await stack.client.data<{ deadlineCalculator: Record<string, unknown> }>(DEADLINES, {
        d: '2026-12-28',
      })
    ).deadlineCalculator;
    expect(after).toEqual({
      supplementNoticeDueOn: '2027-01-07',
      replyDueOn: '2027-01-25',
      provisional: false,
    });
    const stored = await stack.db.pool.query(
      'select id, reply_due_on::text, supplement_notice_due_on::text, provisional, version from application where id = any($1) order by received_on desc',
      [[open, untouched]],
    );
    expect(stored.rows[0]).toMatchObject({
      id: open,
      reply_due_on: '2027-01-25',
      supplement_notice_due_on: '2027-01-07',
      provisional: false,
    });
    expect(stored.rows[1]).toMatchObject({
      id: untouched,
      reply_due_on: '2026-11-30',
      provisional: false,
    });
    const events = await stack.db.pool.query(
      `select application_id, actor_kind, data from application_event where type = 'DUE_DATES_RECOMPUTED'`,
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]).toMatchObject({
      application_id: open,
      actor_kind: 'USER',
      data: {
        calendarYear: 2027,
        supplementNoticeDueOn: '2027-01-07',
        provisional: false,
        before: { supplementNoticeDueOn: '2027-01-06', provisional: true },
      },
    });

    // The public calendar shows the notice; loading the same data again changes nothing.
    const shown = (
      await stack.client.data<{ workingCalendar: Record<string, unknown> }>(CALENDAR, {
        year: 2027,
      })
    ).workingCalendar;
    expect(shown).toMatchObject({
      origin: 'LOADED',
      notices: [NOTICE_2027],
      makeUpWorkdays: [{ date: '2027-01-09', name: '元旦' }],
    });
    expect(shown['loadedAt']).not.toBeNull();
    const again = (
      await admin.data<{ loadWorkingCalendarYear: Record<string, unknown> }>(LOAD, {
        input: YEAR_2027,
      })
    ).loadWorkingCalendarYear;
    expect(again).toMatchObject({ checkedApplications: 2, recomputedApplications: 0 });
    const count = await stack.db.pool.query(
      `select count(*)::int as n from application_event where type = 'DUE_DATES_RECOMPUTED'`,
    );
    expect(count.rows[0].n).toBe(1);
    expect(errorCode(await officer.request(LOAD, { input: YEAR_2027 }))).toBe('AUTH.FORBIDDEN');
  });

  it('another process (a second api) picks the loaded year up from the database', async () => {
    const port = await freePort();
    const second = spawnApp('apps/api/dist/main.js', { ...stack.env, PORT: String(port) });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health/ready`, { process: second });
      const client = new GraphqlClient(`http://127.0.0.1:${port}`);
      const result = (
        await client.data<{ deadlineCalculator: Record<string, unknown> }>(DEADLINES, {
          d: '2026-12-28',
        })
      ).deadlineCalculator;
      expect(result).toMatchObject({ supplementNoticeDueOn: '2027-01-07', provisional: false });
    } finally {
      await second.stop();
    }
  });
});
