import { residentIdCheckCharacter } from '@gongkai/rules';
import {
  type BrowserStack,
  createAgency,
  type Portal,
  saveScreenshot,
  startBrowserStack,
  type TestBrowser,
  type TestStack,
} from '@gongkai/testing';
import type { Page } from 'playwright-core';

// An applicant with no account files online, keeps the tracking number and query code, and
// tracks the application; the form catches a wrong ID number before anything is sent and shows
// the server's coded errors in words.
let all: BrowserStack;
let stack: TestStack;
let portal: Portal;
let browser: TestBrowser;
let agencyCode: string;

beforeAll(async () => {
  all = await startBrowserStack();
  ({ stack, portal, browser } = all);
  const agency = await createAgency(stack.db.pool, { name: '赤水市测试局' });
  agencyCode = agency.code;
});
afterAll(async () => all?.stop());

const FIRST_17 = '52038119900307123';
const VALID_ID = FIRST_17 + residentIdCheckCharacter(FIRST_17);
const WRONG_CHECK_DIGIT = FIRST_17 + (VALID_ID.endsWith('1') ? '2' : '1');

async function fillPersonForm(page: Page, idNumber: string, code = agencyCode) {
  await page.getByLabel('受理机关代码').fill(code);
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('身份证明号码').fill(idNumber);
  await page.getByLabel('联系电话').fill('13812345678');
  await page.getByLabel('通信地址').fill('贵州省赤水市人民路 1 号');
  await page.getByLabel('所需政府信息的名称或内容描述').fill('2025 年度城区道路改造工程的招标文件');
}

/**
 * Counts the filings a page sends, to prove the form stopped one (the page's other GraphQL
 * requests, such as the agency list of the picker, do not count).
 */
function countSubmissions(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('submitApplication'))
      count += 1;
  });
  return () => count;
}

it('files an application, shows the tracking number and query code once, and tracks it', async () => {
  const page = await browser.open(portal.url);
  await expect(page.getByRole('heading', { name: '政府信息公开申请' })).toBeTruthy();
  await saveScreenshot(page, 'home');

  await page.getByRole('menuitem', { name: '提交申请' }).click();
  await fillPersonForm(page, VALID_ID);
  await saveScreenshot(page, 'apply-form');
  await page.getByRole('button', { name: '下一步：核对内容' }).click();

  await page.getByText('请核对申请内容，确认无误后提交').waitFor();
  expect(await page.getByText(VALID_ID).isVisible()).toBe(true);
  await saveScreenshot(page, 'apply-review');
  await page.getByRole('button', { name: '确认提交' }).click();

  await page.getByText('申请已提交').waitFor();
  const trackingNumber = (await page.getByTestId('tracking-number').innerText()).trim();
  const queryCode = (await page.getByTestId('query-code').innerText()).trim();
  expect(trackingNumber).toMatch(new RegExp(`^${agencyCode}-\\d{4}-\\d{6}$`));
  expect(queryCode.length).toBeGreaterThanOrEqual(8);
  expect(await page.getByText('遗失后无法找回').isVisible()).toBe(true);
  await saveScreenshot(page, 'apply-receipt');

  // Tracking from the receipt page, then again in a fresh browser with what the applicant kept.
  await page.getByRole('button', { name: '查询办理进度' }).click();
  await page.getByTestId('status-words').waitFor();
  expect(await page.getByTestId('status-words').innerText()).toBe('已提交，等待机关确认收到');

  const fresh = await browser.open(`${portal.url}/track`);
  await fresh.getByLabel('登记号').fill(trackingNumber);
  await fresh.getByLabel('查询码').fill(queryCode);
  await fresh.getByRole('button', { name: '查询' }).click();
  await fresh.getByTestId('status-words').waitFor();
  expect(await fresh.getByText('赤水市测试局').isVisible()).toBe(true);
  expect(await fresh.getByText('网上提交申请').isVisible()).toBe(true);
  // The timeline shows when it happened, as 年月日 with the weekday.
  expect(
    await fresh
      .getByText(/\d{4}年\d{2}月\d{2}日 星期./)
      .first()
      .isVisible(),
  ).toBe(true);
  await saveScreenshot(fresh, 'track');

  // A wrong query code is refused in words, as an unknown number would be.
  await fresh.getByLabel('查询码').fill(`${queryCode}X`);
  await fresh.getByRole('button', { name: '查询' }).click();
  await fresh.getByText('找不到该申请：请核对登记号和查询码。').waitFor();
});

it('catches a wrong ID check digit before sending, and shows a server error in words', async () => {
  const page = await browser.open(`${portal.url}/apply`);
  const submissions = countSubmissions(page);
  await fillPersonForm(page, WRONG_CHECK_DIGIT);
  await page.getByRole('button', { name: '下一步：核对内容' }).click();
  await page.getByText('身份证号码的校验位（最后一位）不正确，请核对').waitFor();
  await saveScreenshot(page, 'apply-validation');
  expect(submissions()).toBe(0);

  // An organisation shows its own fields, and its credit code is checked the same way.
  await page.getByRole('radio', { name: '商业企业' }).check();
  // The person's fields leave with the next render (count() would not wait for it).
  await page.getByLabel('姓名').waitFor({ state: 'detached' });
  expect(await page.getByLabel('姓名').count()).toBe(0);
  await page.getByLabel('名称', { exact: true }).fill('赤水市某某有限公司');
  await page.getByLabel('统一社会信用代码').fill('91350100M000100Y44');
  await page.getByText('统一社会信用代码的校验位（最后一位）不正确，请核对').waitFor();
  await page.getByRole('radio', { name: '自然人' }).check();

  // The form cannot know which agency codes exist: the server's coded error, in words.
  await page.getByLabel('身份证明号码').fill(VALID_ID);
  await page.getByLabel('受理机关代码').fill('NO-SUCH-AGENCY');
  await page.getByRole('button', { name: '下一步：核对内容' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  await page.getByText('找不到该行政机关，请核对机关代码。').first().waitFor();
  expect(await page.getByLabel('受理机关代码').isVisible()).toBe(true);
  expect(submissions()).toBe(1);
});
