import ExcelJS from 'exceljs';
import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  insertApplicationRows,
  startTestStack,
  type TestStack,
} from '@gongkai/testing';

// Issue 6 over HTTP: a supervisor publishes a quarter, anyone lists and downloads it, the
// agency's supervisors are told by e-mail; the final annual report downloads in the official layout.

const QUARTERLY = `query ($agencyId: ID!) {
  quarterlyStatistics(agencyId: $agencyId, year: 2024, quarter: 1) {
    current { rows { key label values } }
    channels { label received percentage }
    replies { onTime late averageWorkingDays medianWorkingDays }
    pendingAtEnd
  }
}`;
const MONTHLY = `query ($agencyId: ID!) {
  monthlyStatistics(agencyId: $agencyId, year: 2024) {
    month period { from to }
    channels { channel received percentage }
    replies { onTime late averageWorkingDays medianWorkingDays }
  }
}`;
const PUBLISH = `mutation ($input: PublishQuarterlyStatisticsInput!) {
  publishQuarterlyStatistics(input: $input) { created snapshot { version checksum xlsxUrl csvUrl } }
}`;
const CORRECT = `mutation ($input: PublishCorrectionInput!) {
  publishCorrection(input: $input) { created snapshot { version reason } }
}`;
const PUBLISHED = `query ($code: String!) {
  publishedStatistics(agencyCode: $code, year: 2024) {
    quarter version reason checksum csvUrl
    statistics { current { rows { key values } } pendingAtEnd }
  }
}`;
const FINALIZE = `mutation ($input: AnnualReportInput!) {
  finalizeAnnualReport(input: $input) { report { state xlsxUrl csvUrl tableThree { rows { label values } } } }
}`;

type Rows = { key: string; label?: string; values: number[] }[];
const total = (rows: Rows, key: string) => rows.find((r) => r.key === key)?.values[6];

describe('statistics over HTTP: publication, public listing, downloads, e-mail', () => {
  let stack: TestStack;
  let agency: AgencyRow;
  let supervisor: GraphqlClient;
  let officer: GraphqlClient;
  let supervisorEmail: string;

  beforeAll(async () => {
    stack = await startTestStack();
    agency = await createAgency(stack.db.pool, { name: '测试区发展和改革委员会' });
    const sup = await createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency });
    const off = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    supervisorEmail = sup.email;
    supervisor = await stack.client.login(sup.email, sup.password);
    officer = await stack.client.login(off.email, off.password);
    await insertApplicationRows(stack.db.pool, agency, [
      {
        channel: 'ONLINE',
        receivedOn: '2024-01-08',
        concludedOn: '2024-01-15',
        outcome: 'GRANTED',
        servedOn: '2024-01-15',
        replyDueOn: '2024-02-05',
      },
      {
        channel: 'ONLINE',
        receivedOn: '2024-02-19',
        concludedOn: '2024-03-29',
        outcome: 'PARTIALLY_GRANTED',
        servedOn: '2024-03-29',
        replyDueOn: '2024-03-18',
      },
      { channel: 'LETTER', applicantKind: 'LEGAL_SERVICE_ORGANIZATION', receivedOn: '2024-03-28' },
    ]);
  });
  afterAll(async () => stack?.stop());

  it('shows staff the live quarter', async () => {
    const { quarterlyStatistics: q } = await officer.data<{
      quarterlyStatistics: {
        current: { rows: Rows };
        channels: { label: string; received: number; percentage: string }[];
        replies: unknown;
        pendingAtEnd: number;
      };
    }>(QUARTERLY, { agencyId: agency.id });
    expect(total(q.current.rows, 'RECEIVED')).toBe(3);
    expect(q.current.rows.find((r) => r.key === 'CARRIED_OUT')).toMatchObject({
      label: '四、结转下年度继续办理',
      values: [0, 0, 0, 0, 1, 0, 1],
    });
    expect(q.channels.find((c) => c.label === '网络')).toEqual({
      label: '网络',
      received: 2,
      percentage: '66.67',
    });
    expect(q.replies).toMatchObject({ onTime: 1, late: 1 });
    expect(q.pendingAtEnd).toBe(1);
  });

  it('shows staff each month: received by channel, replies by the month they were served', async () => {
    type Month = {
      month: number;
      period: { from: string; to: string };
      channels: { channel: string; received: number; percentage: string }[];
      replies: { onTime: number; late: number; averageWorkingDays: string | null };
    };
    const { monthlyStatistics: months } = await officer.data<{ monthlyStatistics: Month[] }>(
      MONTHLY,
      { agencyId: agency.id },
    );
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[1]!.period).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    const received = (m: Month, channel: string) =>
      m.channels.find((c) => c.channel === channel)?.received;
    expect(months.slice(0, 4).map((m) => [received(m, 'ONLINE'), received(m, 'LETTER')])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    // Served 2024-01-15 after receipt on Monday 2024-01-08: five working days, on time.
    expect(months[0]!.replies).toMatchObject({ onTime: 1, late: 0, averageWorkingDays: '5.00' });
    expect(months[1]!.replies).toMatchObject({ onTime: 0, late: 0, averageWorkingDays: null });
    expect(months[2]!.replies).toMatchObject({ onTime: 0, late: 1 });
    // The months add up to the quarter.
    const quarter = await officer.data<{
      quarterlyStatistics: { replies: { onTime: number; late: number } };
    }>(QUARTERLY, { agencyId: agency.id });
    expect(quarter.quarterlyStatistics.replies).toMatchObject({ onTime: 1, late: 1 });
  });

  it('publishes once, lists it publicly, serves XLSX and CSV, mails the supervisors, and keeps v1 after a correction', async () => {
    const input = { agencyId: agency.id, year: 2024, quarter: 1 };
    const first = await supervisor.data<{
      publishQuarterlyStatistics: {
        created: boolean;
        snapshot: { version: number; checksum: string; xlsxUrl: string; csvUrl: string };
      };
    }>(PUBLISH, { input });
    const again = await supervisor.data<{
      publishQuarterlyStatistics: { created: boolean; snapshot: { version: number } };
    }>(PUBLISH, { input });
    expect(first.publishQuarterlyStatistics.created).toBe(true);
    expect(again.publishQuarterlyStatistics).toMatchObject({
      created: false,
      snapshot: { version: 1 },
    });
    const { snapshot } = first.publishQuarterlyStatistics;
    expect(snapshot.xlsxUrl).toBe(`/statistics/${agency.code}/2024-Q1.xlsx?version=1`);

    const mail = await stack.smtp.waitFor((m) => m.to.includes(supervisorEmail));
    expect(mail.text).toContain('2024');
    await stack.waitForQueuesIdle();
    expect(stack.smtp.messages.filter((m) => m.to.includes(supervisorEmail))).toHaveLength(1);

    const xlsx = await fetch(`${stack.apiUrl}/statistics/${agency.code}/2024-Q1.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('x-statistics-checksum')).toBe(snapshot.checksum);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('本期')!;
    expect(sheet.getCell('A2').value).toBe('三、收到和处理政府信息公开申请情况');
    expect(sheet.getCell('C6').master.value).toBe('一、本年新收政府信息公开申请数量');
    expect(sheet.getCell('J6').value).toBe(3);

    const csv = await fetch(`${stack.apiUrl}${snapshot.csvUrl}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain(',,四、结转下年度继续办理,0,0,0,0,1,0,1');
    expect((await fetch(`${stack.apiUrl}/statistics/${agency.code}/2024-Q2.csv`)).status).toBe(404);
    expect((await fetch(`${stack.apiUrl}/statistics/NO-SUCH/2024-Q1.csv`)).status).toBe(404);

    const correction = await supervisor.data<{
      publishCorrection: { created: boolean; snapshot: { version: number; reason: string } };
    }>(CORRECT, { input: { ...input, reason: '更正渠道统计' } });
    expect(correction.publishCorrection).toEqual({
      created: true,
      snapshot: { version: 2, reason: '更正渠道统计' },
    });
    const listed = await stack.client.data<{
      publishedStatistics: {
        quarter: number;
        version: number;
        reason: string | null;
        statistics: { current: { rows: Rows } };
      }[];
    }>(PUBLISHED, { code: agency.code });
    expect(listed.publishedStatistics.map((s) => [s.quarter, s.version, s.reason])).toEqual([
      [1, 1, null],
      [1, 2, '更正渠道统计'],
    ]);
    expect(total(listed.publishedStatistics[0]!.statistics.current.rows, 'RECEIVED')).toBe(3);
    const latest = await fetch(`${stack.apiUrl}/statistics/${agency.code}/2024-Q1.csv`);
    expect(latest.headers.get('x-statistics-version')).toBe('2');
  });

  it('serves a published file with an ETag, answers 304 to it, and tells caches what may be kept', async () => {
    const url = (path: string) => `${stack.apiUrl}/statistics/${agency.code}/${path}`;
    const pinned = await fetch(url('2024-Q1.xlsx?version=1'));
    expect(pinned.status).toBe(200);
    const etag = pinned.headers.get('etag');
    const checksum = pinned.headers.get('x-statistics-checksum');
    expect(etag).toBe(`"${checksum}-v1.xlsx"`);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await pinned.arrayBuffer());

    const unchanged = await fetch(url('2024-Q1.xlsx?version=1'), {
      headers: { 'if-none-match': etag! },
    });
    expect(unchanged.status).toBe(304);
    expect((await unchanged.arrayBuffer()).byteLength).toBe(0);
    // Rendered once and kept: the same bytes again.
    const again = await fetch(url('2024-Q1.xlsx?version=1'));
    expect(Buffer.from(await again.arrayBuffer()).equals(body)).toBe(true);

    // The latest version's URL is revalidated: the correction (v2) has another tag than v1.
    const latest = await fetch(url('2024-Q1.csv'), { headers: { 'if-none-match': etag! } });
    expect(latest.status).toBe(200);
    expect(latest.headers.get('cache-control')).toBe('public, no-cache');
    expect(latest.headers.get('etag')).toMatch(/-v2\.csv"$/);
    const revalidated = await fetch(url('2024-Q1.csv'), {
      headers: { 'if-none-match': latest.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('limits downloads per client address (60 a minute) with 429 and Retry-After', async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const url = `${stack.apiUrl}/statistics/${agency.code}/2024-Q1.csv?version=1`;
    for (let i = 0; i < 60; i += 1) {
      expect((await fetch(url, from('198.51.100.7'))).status).toBe(200);
    }
    const refused = await fetch(url, from('198.51.100.7'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    // Another address still gets its files.
    expect((await fetch(url, from('198.51.100.8'))).status).toBe(200);
  });

  it('finalises the annual report and serves it in the official layout', async () => {
    const before = await fetch(`${stack.apiUrl}/statistics/${agency.code}/2024-annual.xlsx`);
    expect(before.status).toBe(404);
    const { finalizeAnnualReport } = await supervisor.data<{
      finalizeAnnualReport: {
        report: {
          state: string;
          xlsxUrl: string;
          tableThree: { rows: { label: string; values: number[] }[] };
        };
      };
    }>(FINALIZE, { input: { agencyId: agency.id, year: 2024 } });
    expect(finalizeAnnualReport.report.state).toBe('FINAL');
    expect(finalizeAnnualReport.report.tableThree.rows).toHaveLength(25);
    const response = await fetch(`${stack.apiUrl}${finalizeAnnualReport.report.xlsxUrl}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('表三')!;
    expect(sheet.getCell('A3').value).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
    expect(sheet.getCell('A29').master.address).toBe('A8');
    expect(sheet.getCell('A29').master.value).toBe('三、本年度办理结果');
    expect(sheet.getCell('J8').value).toBe(1); // （一）予以公开
    expect(sheet.getCell('J30').value).toBe(1); // 四、结转下年度
    expect(workbook.getWorksheet('表四')!.getCell('A2').value).toBe('行政复议');
  });
});
