import {
  type BrowserStack,
  confirmPopup,
  createAgency,
  createUser,
  openAction,
  type Portal,
  saveScreenshot,
  signIn,
  startBrowserStack,
  type TestBrowser,
  type TestStack,
  type UserRow,
} from '@gongkai/testing';
import type { Locator, Page } from 'playwright-core';

// Staff in the portal: an officer signs in, registers an in-person application, confirms the
// receipt of an online one and sees its clock; the applicant then sees the legal receipt date;
// a supervisor sees the workload; the deadline calculator shows what the api computes.
let all: BrowserStack;
let stack: TestStack;
let portal: Portal;
let browser: TestBrowser;
let officer: UserRow;
let supervisor: UserRow;
let agencyCode: string;

beforeAll(async () => {
  all = await startBrowserStack();
  ({ stack, portal, browser } = all);
  const agency = await createAgency(stack.db.pool, { name: '赤水市办公测试局' });
  agencyCode = agency.code;
  officer = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
  supervisor = await createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency });
});
afterAll(async () => all?.stop());

/** Opens an action of the application page and submits its form. */
async function runAction(page: Page, name: string, fill?: (form: Locator) => Promise<void>) {
  const form = await openAction(page, name);
  if (fill) await fill(form);
  await form.getByRole('button', { name, exact: true }).click();
}

async function track(trackingNumber: string, queryCode: string): Promise<Page> {
  const page = await browser.open(`${portal.url}/track`);
  await page.getByLabel('登记号').fill(trackingNumber);
  await page.getByLabel('查询码').fill(queryCode);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByTestId('status-words').waitFor();
  return page;
}

async function fileOnline(): Promise<{ trackingNumber: string; queryCode: string }> {
  const { submitApplication } = await stack.client.data<{
    submitApplication: { trackingNumber: string; queryCode: string };
  }>(
    `mutation ($input: SubmitApplicationInput!) {
      submitApplication(input: $input) { trackingNumber queryCode }
    }`,
    {
      input: {
        agencyCode,
        idempotencyKey: `browser-officer-${Date.now()}`,
        applicant: {
          kind: 'COMMERCIAL_ENTERPRISE',
          organisationName: '赤水市竹业有限公司',
          creditCode: '91350100M000100Y43',
          email: 'bamboo@test.gongkai.cn',
        },
        request: {
          description: '2026 年度竹产业扶持资金的分配结果',
          requestedForm: 'EMAIL',
          obtainingMethod: 'EMAIL',
        },
      },
    },
  );
  return submitApplication;
}

it('an officer registers an in-person application and confirms an online one; the applicant sees the receipt date', async () => {
  const online = await fileOnline();
  const page = await signIn(all, officer, '/staff');

  // The worklist lists the online filing, waiting for confirmation.
  await page.getByRole('heading', { name: '待办申请' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: online.trackingNumber });
  await row.waitFor();
  expect(await row.getByText('待确认').isVisible()).toBe(true);
  await saveScreenshot(page, 'staff-worklist');

  // Register an application handed in at the counter: the clock starts the same day.
  await page.getByRole('menuitem', { name: '登记申请' }).click();
  await page.getByLabel('姓名').fill('李四');
  await page.getByLabel('身份证明号码').fill('11010519491231002X');
  await page.getByLabel('联系电话').fill('010-62345678');
  await page.getByLabel('所需政府信息的名称或内容描述').fill('本镇 2025 年低保名单的公示情况');
  await saveScreenshot(page, 'staff-register');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByText('申请已登记').waitFor();
  const registered = (await page.getByTestId('tracking-number').innerText()).trim();
  expect(registered).toMatch(new RegExp(`^${agencyCode}-`));
  expect((await page.getByTestId('query-code').innerText()).trim().length).toBeGreaterThan(8);
  await page.getByRole('button', { name: '打开该申请' }).click();
  await page.getByText('办理中').first().waitFor();
  // The clock: a calendar of counted days up to the 20th working day.
  await page.locator('[data-kind="COUNTED"]').nth(19).waitFor();
  expect(await page.locator('[data-kind="COUNTED"]').count()).toBe(20);
  // The ID number is masked for staff.
  expect(await page.getByText('110105********002X').isVisible()).toBe(true);
  await saveScreenshot(page, 'staff-application');

  // Confirm the online application's receipt.
  await page.getByRole('menuitem', { name: '待办申请' }).click();
  await page.getByRole('link', { name: online.trackingNumber }).click();
  await runAction(page, '确认收到申请');
  await page.locator('.ant-collapse-header', { hasText: '一次性告知补正' }).waitFor();
  const replyDue = (await page.getByTestId('reply-due').innerText()).trim();
  expect(replyDue).toMatch(/^\d{4}年\d{2}月\d{2}日 星期./);

  // The applicant sees the legal receipt date and the same due date.
  const applicant = await track(online.trackingNumber, online.queryCode);
  await applicant.getByText('机关正在办理').waitFor();
  expect(
    await applicant
      .getByText(replyDue.split(' ')[0] ?? replyDue)
      .first()
      .isVisible(),
  ).toBe(true);
  expect(await applicant.getByText('确认收到申请').isVisible()).toBe(true);
});

it('the deadline calculator shows the api’s working-day deadlines around a holiday', async () => {
  const page = await browser.open(`${portal.url}/deadlines`);
  const input = page.getByLabel('收到申请之日');
  await input.click();
  await input.fill('2026-09-30');
  await input.press('Enter');
  // National Day 2026: 1–7 October off; the 20th working day is computed by the api.
  const { deadlineCalculator } = await stack.client.data<{
    deadlineCalculator: { replyDueOn: string };
  }>('{ deadlineCalculator(receivedOn: "2026-09-30") { replyDueOn } }');
  const [y, mo, d] = deadlineCalculator.replyDueOn.split('-');
  await page.getByTestId('reply-due').getByText(`${y}年${mo}月${d}日`).waitFor();
  expect(await page.locator('[data-kind="HOLIDAY"]').count()).toBeGreaterThan(0);
  await saveScreenshot(page, 'deadline-calculator');
});

it('a supervisor sees the workload; an officer is not shown it', async () => {
  const page = await signIn(all, supervisor, '/staff/dashboard');
  await page.getByRole('heading', { name: '工作概况' }).waitFor();
  await page.getByText('待确认收到').waitFor();
  await saveScreenshot(page, 'staff-dashboard');

  const officerPage = await signIn(all, officer, '/staff/dashboard');
  await officerPage.getByText('您没有权限进行此操作。').waitFor();
});

it('supplement, extension and reply: the applicant supplements online and reads the reply', async () => {
  const online = await fileOnline();
  const page = await signIn(all, officer, '/staff');
  await page.getByRole('link', { name: online.trackingNumber }).click();
  await runAction(page, '确认收到申请');

  // One consolidated supplement notice; the clock stops until the supplement arrives.
  await runAction(page, '一次性告知补正', async (form) => {
    await form.getByLabel('补正事项 1').fill('请写明所需资金分配结果的发文年份');
  });
  await page.getByText('等待补正（收到补正后重新计算）').waitFor();
  const applicationUrl = page.url();

  const applicant = await track(online.trackingNumber, online.queryCode);
  await applicant.getByText('请写明所需资金分配结果的发文年份').waitFor();
  await saveScreenshot(applicant, 'track-supplement');
  await applicant.getByLabel('补正内容').fill('2026 年发文的分配结果');
  await applicant.getByRole('button', { name: '提交补正' }).click();
  await applicant.getByText('机关正在办理').waitFor();

  // The officer sees the supplement and the clock running again from its date; asks to extend.
  await page.reload();
  await page.getByText('2026 年发文的分配结果').waitFor();
  await page.getByText('正在计算').waitFor();
  await runAction(page, '申请延期答复', async (form) => {
    await form.getByLabel('延期理由').fill('需要向三个部门调取资料');
  });
  await page.getByText('已申请，待负责人审批').waitFor();

  // Only the supervisor decides the extension.
  expect(await page.locator('.ant-collapse-header', { hasText: '审批延期' }).count()).toBe(0);
  const boss = await signIn(all, supervisor, new URL(applicationUrl).pathname);
  await runAction(boss, '审批延期');
  await boss.getByText('已批准').waitFor();
  await boss.getByText('（已延期）').first().waitFor();
  await saveScreenshot(boss, 'staff-extension-approved');

  // The reply: the outcome picker asks for what that outcome needs.
  await page.reload();
  await runAction(page, '作出答复', async (form) => {
    await form.getByLabel('处理结果（按年度报告表格的分类）').click();
    await page.locator('.ant-select-item-option', { hasText: '（一）予以公开' }).first().click();
    await form.getByLabel('获取信息的方式和途径').fill('见附件，或到市政务服务中心 3 号窗口查阅');
    await form.getByLabel('答复书正文').fill('经审查，您申请的信息予以公开，分配结果见附件。');
  });
  await page.getByText('经审查，您申请的信息予以公开，分配结果见附件。').waitFor();
  await saveScreenshot(page, 'staff-replied');

  const reread = await track(online.trackingNumber, online.queryCode);
  expect(await reread.getByTestId('reply-text').innerText()).toBe(
    '经审查，您申请的信息予以公开，分配结果见附件。',
  );
  expect(await reread.getByText('见附件，或到市政务服务中心 3 号窗口查阅').isVisible()).toBe(true);
  await saveScreenshot(reread, 'track-reply');
});

it('a supervisor publishes a finished quarter; the public page lists it with its downloads', async () => {
  const page = await signIn(all, supervisor, '/staff/statistics');
  await page.getByRole('heading', { name: '季度统计' }).waitFor();
  await page.getByText('本年新收政府信息公开申请数量').first().waitFor();
  await saveScreenshot(page, 'staff-statistics');
  await page.getByRole('button', { name: '发布本季度统计' }).click();
  await confirmPopup(page, '发布本季度统计');
  await page.getByText('已发布（第 1 版）').waitFor();

  const now = new Date();
  const year = Math.floor(now.getMonth() / 3) === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const visitor = await browser.open(`${portal.url}/published?agency=${agencyCode}&year=${year}`);
  const entry = visitor.locator('.ant-list-item', { hasText: '首次发布' });
  await entry.waitFor();
  await saveScreenshot(visitor, 'published-statistics');
  // The download goes through the portal's origin to the api.
  const href = await entry.getByRole('link', { name: '下载 XLSX' }).getAttribute('href');
  const download = await visitor.request.get(`${portal.url}${href}`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toContain('spreadsheetml');
});
