import { residentIdCheckCharacter } from '@gongkai/rules';
import {
  type AgencyRow,
  type BrowserStack,
  confirmPopup,
  createAgency,
  createUser,
  type GraphqlClient,
  insertApplicationRows,
  type Portal,
  saveScreenshot,
  signIn,
  startBrowserStack,
  type TestBrowser,
  type TestStack,
  type UserRow,
} from '@gongkai/testing';
import type { Page } from 'playwright-core';

// The supervisor's dashboard (charts drawn from monthlyStatistics, counts that open the filtered
// worklist), the annual-report tables in the official layout marked final, and an applicant
// account (opened by its e-mailed link in password.browser-spec): file while signed in, find the
// application under 我的申请.
let all: BrowserStack;
let stack: TestStack;
let portal: Portal;
let browser: TestBrowser;
let agency: AgencyRow;
let supervisor: UserRow;
/** An applicant account that filed nothing. */
let stranger: UserRow;
let api: GraphqlClient;

const year =
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
  ) - 1;
const d = (monthDay: string) => `${year}-${monthDay}`;

beforeAll(async () => {
  all = await startBrowserStack();
  ({ stack, portal, browser } = all);
  agency = await createAgency(stack.db.pool, { name: '赤水市统计测试局' });
  supervisor = await createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency });
  stranger = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
  api = await stack.client.login(supervisor.email, supervisor.password);
  // Last year: two replies (one on time, one late), one refusal, one still open and overdue.
  await insertApplicationRows(stack.db.pool, agency, [
    {
      channel: 'ONLINE',
      receivedOn: d('01-08'),
      concludedOn: d('01-15'),
      servedOn: d('01-15'),
      outcome: 'GRANTED',
      replyDueOn: d('02-05'),
    },
    {
      channel: 'ONLINE',
      receivedOn: d('02-19'),
      concludedOn: d('03-29'),
      servedOn: d('03-29'),
      outcome: 'PARTIALLY_GRANTED',
      replyDueOn: d('03-18'),
    },
    {
      channel: 'IN_PERSON',
      applicantKind: 'COMMERCIAL_ENTERPRISE',
      receivedOn: d('05-06'),
      concludedOn: d('05-20'),
      servedOn: d('05-20'),
      outcome: 'WITHHELD_STATE_SECRET',
      replyDueOn: d('06-03'),
    },
    {
      channel: 'LETTER',
      applicantKind: 'LEGAL_SERVICE_ORGANIZATION',
      receivedOn: d('03-28'),
      replyDueOn: d('04-27'),
    },
  ]);
});
afterAll(async () => all?.stop());

const statisticValue = async (page: Page, title: string) =>
  (
    await page
      .locator('.ant-statistic', { hasText: title })
      .locator('.ant-statistic-content')
      .innerText()
  ).replace(/\s/g, '');

it('the dashboard draws the year’s charts with the api’s numbers; a count opens the filtered worklist', async () => {
  const page = await signIn(all, supervisor, '/staff/dashboard');
  await page.getByRole('heading', { name: '工作概况' }).waitFor();
  await page.getByLabel('年份').fill(String(year));
  await page.getByLabel('年份').press('Enter');
  await page.getByText(`${year} 年新收申请`).waitFor();
  // Three charts, each drawn on a canvas.
  await page.locator('[data-chart] canvas').nth(2).waitFor();
  expect(await page.locator('[data-chart] canvas').count()).toBe(3);

  const { monthlyStatistics: months } = await api.data<{
    monthlyStatistics: {
      channels: { label: string; received: number }[];
      replies: { onTime: number; late: number };
    }[];
  }>(
    `query ($agencyId: ID!, $year: Int!) {
      monthlyStatistics(agencyId: $agencyId, year: $year, includeSubtree: true) {
        channels { label received } replies { onTime late }
      }
    }`,
    { agencyId: agency.id, year },
  );
  const received = months.flatMap((m) => m.channels).reduce((s, c) => s + c.received, 0);
  const onTime = months.reduce((s, m) => s + m.replies.onTime, 0);
  const served = months.reduce((s, m) => s + m.replies.onTime + m.replies.late, 0);
  expect([received, onTime, served]).toEqual([4, 2, 3]);
  expect(await statisticValue(page, `${year} 年新收申请`)).toBe(String(received));
  expect(await statisticValue(page, `${year} 年送达答复`)).toBe(String(served));
  expect(await statisticValue(page, '按期答复率')).toBe('66.7%');
  // ECharts' aria description names what each chart draws.
  const description = await page
    .locator('[data-chart="各月新收申请（按渠道）"]')
    .getAttribute('aria-label');
  expect(description).toContain('网络');
  expect(description).toContain('信函');
  await saveScreenshot(page, 'staff-dashboard-charts');

  await page.getByRole('link', { name: '已逾期 1 件：打开待办申请' }).click();
  await page.waitForURL(/\/staff\?overdue=1$/);
  await page.locator('.ant-table-row').first().waitFor();
  expect(await page.locator('.ant-table-row').count()).toBe(1);
  expect(await page.getByRole('switch', { name: '已逾期' }).getAttribute('aria-checked')).toBe(
    'true',
  );
});

it('the annual report renders table 三 and 四 like the template; the supervisor marks it final', async () => {
  const page = await signIn(all, supervisor, '/staff/annual-report');
  const three = page.locator('[data-table="three"]');
  await three.waitFor();
  const { annualReport } = await api.data<{
    annualReport: { tableThree: { rows: { key: string; values: number[] }[] } };
  }>(
    `query ($agencyId: ID!, $year: Int!) {
      annualReport(agencyId: $agencyId, year: $year) { tableThree { rows { key values } } }
    }`,
    { agencyId: agency.id, year },
  );
  const rows = annualReport.tableThree.rows;
  for (const key of ['RECEIVED', 'CONCLUDED_TOTAL', 'CARRIED_OUT', 'GRANTED']) {
    const cells = await three.locator(`tr[data-row="${key}"] td`).allInnerTexts();
    expect(cells.map(Number)).toEqual(rows.find((r) => r.key === key)?.values);
  }
  // 三、本年度办理结果 spans every result row and （七）总计.
  const section = three.getByText('三、本年度办理结果');
  const resultRows = rows.filter((r) => !['RECEIVED', 'CARRIED_IN', 'CARRIED_OUT'].includes(r.key));
  expect(await section.getAttribute('rowspan')).toBe(String(resultRows.length));
  expect(await three.getByText('（三）不予公开').getAttribute('rowspan')).toBe('8');
  await page.locator('[data-table="four"]').getByText('未经复议直接起诉').waitFor();
  expect(await page.getByRole('link', { name: '下载 XLSX' }).count()).toBe(0);
  await saveScreenshot(page, 'staff-annual-report');

  await page.getByRole('button', { name: '定稿' }).click();
  await confirmPopup(page, '定稿');
  await page.getByText('年度报告表格已定稿').waitFor();
  const href = await page.getByRole('link', { name: '下载 XLSX' }).getAttribute('href');
  const download = await page.request.get(`${portal.url}${href}`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toContain('spreadsheetml');
});

it('an applicant files while signed in, and finds the application under 我的申请', async () => {
  const applicant = await createUser(stack.db.pool, { roles: ['APPLICANT'], displayName: '李四' });
  const page = await signIn(all, applicant, '/account');
  await page.getByRole('heading', { name: '我的申请' }).waitFor();
  await page.getByText('您还没有登录后提交的申请').waitFor();

  await page.getByRole('menuitem', { name: '提交申请' }).click();
  await page.getByText('您已登录（李四）').waitFor();
  const first17 = '52038119900307123';
  await page.getByLabel('受理机关代码').fill(agency.code);
  await page.getByLabel('姓名').fill('李四');
  await page.getByLabel('身份证明号码').fill(first17 + residentIdCheckCharacter(first17));
  await page.getByLabel('联系电话').fill('13812345678');
  await page.getByLabel('通信地址').fill('贵州省赤水市人民路 2 号');
  await page.getByLabel('所需政府信息的名称或内容描述').fill('本局办公楼维修工程的验收报告');
  await page.getByRole('button', { name: '下一步：核对内容' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const trackingNumber = (await page.getByTestId('tracking-number').innerText()).trim();

  await page.getByRole('menuitem', { name: '我的申请' }).click();
  const row = page.locator('.ant-table-row', { hasText: trackingNumber });
  await row.waitFor();
  expect(await row.innerText()).toContain('本局办公楼维修工程的验收报告');
  expect(await row.innerText()).toContain('待确认');
  await saveScreenshot(page, 'account-my-applications');

  // The row's tracking number opens its progress, with no query code asked for.
  await row.getByRole('link', { name: trackingNumber }).click();
  await page.getByTestId('status-words').waitFor();
  expect(await page.getByTestId('status-words').innerText()).toBe('已提交，等待机关确认收到');
  expect(await page.getByText(`登记号 ${trackingNumber}`).isVisible()).toBe(true);
  expect(await page.getByText(agency.name).isVisible()).toBe(true);
  expect(await page.getByText('网上提交申请').isVisible()).toBe(true);
  expect(await page.getByLabel('查询码').count()).toBe(0);
  await saveScreenshot(page, 'account-application');
  const detailPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: '返回我的申请' }).click();
  await row.waitFor();

  // Signed out, the list asks for the applicant's sign-in, not the staff one.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.goto(`${portal.url}/account`);
  await page.getByRole('heading', { name: '申请人登录' }).waitFor();

  // Another applicant at the same address learns nothing, as for an unknown number.
  const other = await signIn(all, stranger, detailPath);
  await other.getByText('找不到该申请：请核对登记号和查询码。').waitFor();
  expect(await other.getByTestId('status-words').count()).toBe(0);
});

it('a supervisor corrects a published quarter; the public finds the agency in the list and reads both versions', async () => {
  const page = await signIn(all, supervisor, '/staff/statistics');
  await page.getByRole('button', { name: '发布本季度统计' }).click();
  await confirmPopup(page, '发布本季度统计');
  const versions = page.locator('.ant-card', { hasText: '已发布的版本' });
  await versions.getByText('首次发布').waitFor();
  await versions.getByLabel('更正理由').fill('补录一件漏登的信函申请');
  await versions.getByRole('button', { name: '发布更正' }).click();
  await versions.getByText('更正理由：补录一件漏登的信函申请').waitFor();
  // The earlier version stays readable: its table 三 opens under it.
  await versions.locator('.ant-collapse-header', { hasText: '首次发布' }).click();
  await versions.getByText('本年新收政府信息公开申请数量').first().waitFor();
  await saveScreenshot(page, 'staff-statistics-correction');

  const visitor = await browser.open(`${portal.url}/agencies`);
  await visitor.getByLabel('按名称或代码查找').fill('统计测试局');
  await visitor.getByRole('link', { name: `${agency.name}的公开统计` }).click();
  await visitor.locator('.ant-list-item', { hasText: '更正第 2 版' }).waitFor();
  expect(await visitor.locator('.ant-list-item', { hasText: '首次发布' }).count()).toBe(1);
  await saveScreenshot(visitor, 'public-agency-statistics');
});
