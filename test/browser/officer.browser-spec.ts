import {
  type BrowserStack,
  createAgency,
  createUser,
  type Portal,
  saveScreenshot,
  startBrowserStack,
  type TestBrowser,
  type TestStack,
  type UserRow,
} from '@gongkai/testing';
import type { Page } from 'playwright-core';

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

async function signIn(user: UserRow, path = '/staff'): Promise<Page> {
  const page = await browser.open(`${portal.url}${path}`);
  await page.getByLabel('电子邮箱').fill(user.email);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
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
  const page = await signIn(officer);

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
  await page.getByRole('button', { name: '确认收到申请' }).click();
  await page.getByText('当前状态下没有可办理的操作').waitFor();
  const replyDue = (await page.getByTestId('reply-due').innerText()).trim();
  expect(replyDue).toMatch(/^\d{4}年\d{2}月\d{2}日 星期./);

  // The applicant sees the legal receipt date and the same due date.
  const applicant = await browser.open(`${portal.url}/track`);
  await applicant.getByLabel('登记号').fill(online.trackingNumber);
  await applicant.getByLabel('查询码').fill(online.queryCode);
  await applicant.getByRole('button', { name: '查询' }).click();
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
  const page = await signIn(supervisor, '/staff/dashboard');
  await page.getByRole('heading', { name: '工作概况' }).waitFor();
  await page.getByText('待确认收到').waitFor();
  await saveScreenshot(page, 'staff-dashboard');

  const officerPage = await signIn(officer, '/staff/dashboard');
  await officerPage.getByText('您没有权限进行此操作。').waitFor();
});
