import { calculateFee } from '@gongkai/rules';
import {
  type BrowserStack,
  createAgency,
  createUser,
  type GraphqlClient,
  openAction,
  pickToday,
  type Portal,
  saveScreenshot,
  signIn,
  startBrowserStack,
  type TestStack,
  type UserRow,
} from '@gongkai/testing';
import type { Locator, Page } from 'playwright-core';

// The application page's actions beyond confirm–supplement–reply: consulting a third party and
// recording its answer, the fee notice and its payment, assigning and reassigning. Each form is
// filled in the browser against the real api; the records on the page show what the api stored.
let all: BrowserStack;
let stack: TestStack;
let portal: Portal;
let officer: UserRow;
let colleague: UserRow;
let supervisor: UserRow;
let officerApi: GraphqlClient;

/** The display name the test factory gives a user. */
const nameOf = (user: UserRow) => `测试用户 ${user.email.split('@')[0]}`;

beforeAll(async () => {
  all = await startBrowserStack();
  ({ stack, portal } = all);
  const agency = await createAgency(stack.db.pool, { name: '赤水市征收测试局' });
  [officer, colleague, supervisor] = await Promise.all([
    createUser(stack.db.pool, { roles: ['OFFICER'], agency }),
    createUser(stack.db.pool, { roles: ['OFFICER'], agency }),
    createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency }),
  ]);
  officerApi = await stack.client.login(officer.email, officer.password);
});
afterAll(async () => all?.stop());

/** An application registered at the counter: in progress from today. */
async function registerInPerson(): Promise<{ id: string; trackingNumber: string }> {
  const { registerApplication } = await officerApi.data<{
    registerApplication: { application: { id: string; trackingNumber: string } };
  }>(
    `mutation ($input: RegisterApplicationInput!) {
      registerApplication(input: $input) { application { id trackingNumber } }
    }`,
    {
      input: {
        channel: 'IN_PERSON',
        applicant: {
          kind: 'NATURAL_PERSON',
          name: '赵六',
          idType: 'RESIDENT_ID',
          idNumber: '11010519491231002X',
          phone: '13800138000',
        },
        request: {
          description: '城东片区房屋征收补偿方案及其听证记录',
          requestedForm: 'PAPER',
          obtainingMethod: 'COLLECT_IN_PERSON',
        },
      },
    },
  );
  return registerApplication.application;
}

/** The summary's 经办人 field. */
const assigneeField = (page: Page) => page.locator('.ant-descriptions-item', { hasText: '经办人' });

/**
 * Sends an action's form with its submit button, as a user clicks it. The button is found by its
 * type and text, not by its role and accessible name: after a version conflict and a reload,
 * Playwright's role query missed the visible, enabled button of the consultation form in about
 * half of the runs of that test alone (a CSS query found it at the same moment, and the click
 * went through).
 */
const submit = (form: Locator, name: string) =>
  form.locator('button[type="submit"]', { hasText: name }).click();

/**
 * Submits a form that should be accepted and waits for the api's answer to its mutation: a
 * refused one fails here, with the api's error, instead of as a later wait for the page.
 */
async function submitAccepted(page: Page, form: Locator, name: string): Promise<void> {
  const answered = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      (response.request().postData() ?? '').includes('mutation'),
  );
  await submit(form, name);
  const response = await answered.catch(async (error: unknown) => {
    const shown = await form.locator('.ant-form-item-explain-error, .ant-alert').allInnerTexts();
    throw new Error(`${name}: no answer from the api; the form shows ${JSON.stringify(shown)}`, {
      cause: error,
    });
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${name}: the api refused it: ${JSON.stringify(body.errors)}`);
}

it('consultation: an invalid e-mail is caught, a conflict is shown in words, the objection is recorded', async () => {
  const application = await registerInPerson();
  const page = await signIn(all, officer, `/staff/applications/${application.id}`);
  let form = await openAction(page, '征求意见');
  await form.getByLabel('第三方或机关名称').fill('赤水市城东建设有限公司');
  await form.getByLabel('电子邮箱（可选；填写则以邮件发送征求意见书）').fill('not-an-email');
  await submit(form, '征求意见');
  await form.locator('.ant-form-item-explain-error', { hasText: '电子邮箱格式不正确' }).waitFor();
  await form.getByLabel('电子邮箱（可选；填写则以邮件发送征求意见书）').fill('');

  // Someone else changes the application meanwhile: the api's coded conflict, in words.
  const { application: shown } = await officerApi.data<{ application: { version: number } }>(
    `query ($id: ID!) { application(id: $id) { version } }`,
    { id: application.id },
  );
  await officerApi.data(
    `mutation ($input: AssignApplicationInput!) {
      assignApplication(input: $input) { application { id } }
    }`,
    {
      input: {
        applicationId: application.id,
        expectedVersion: shown.version,
        assigneeId: officer.id,
      },
    },
  );
  await submit(form, '征求意见');
  await page.getByText('该申请已被他人修改，请刷新页面后重试。').waitFor();
  await page.getByRole('button', { name: '刷新' }).click();
  // The reloaded page shows the new assignee (the header's name of the signed-in officer is the
  // same text, so only the summary's field tells that the reload arrived).
  await assigneeField(page).getByText(nameOf(officer)).waitFor();

  form = await openAction(page, '征求意见');
  await form.getByLabel('第三方或机关名称').fill('赤水市城东建设有限公司');
  await form.getByLabel('联系人、电话或地址（可选）').fill('张经理 0851-22345678');
  await submit(form, '征求意见');
  const record = page.getByTestId('consultation');
  await record.getByText('等待答复（期间不计入答复期限）').waitFor();
  expect(await page.getByText('征求意见中').first().isVisible()).toBe(true);
  await saveScreenshot(page, 'staff-consultation');

  // The answer: an objection needs its reasons.
  form = await openAction(page, '登记征求意见答复');
  await form.getByRole('radio', { name: '不同意公开' }).check();
  await submit(form, '登记征求意见答复');
  await form.locator('.ant-form-item-explain-error').first().waitFor();
  await form.getByLabel('不同意公开的理由').fill('补偿方案含本公司商业秘密');
  await submit(form, '登记征求意见答复');
  await record.getByText(/答复：不同意公开/).waitFor();
  expect(await record.getByText('补偿方案含本公司商业秘密').isVisible()).toBe(true);
  await page.getByText('办理中').first().waitFor();
});

it('fee: the notice shows the calculator’s amount, the payment lets the clock run again', async () => {
  const application = await registerInPerson();
  const page = await signIn(all, officer, `/staff/applications/${application.id}`);
  let form = await openAction(page, '发出收费通知');
  await form.getByRole('radio', { name: '按量计收' }).check();
  await form.getByLabel('页数').fill('260');
  const amount = (calculateFee({ byVolume: { pages: 260 } }).amountFen / 100).toFixed(2);
  await form.getByTestId('fee-preview').getByText(`应缴金额：${amount} 元`).waitFor();
  // A waiver without its reason is refused before sending.
  await form.getByRole('checkbox', { name: '减免' }).check();
  await submit(form, '发出收费通知');
  await form.getByLabel('减免理由').waitFor();
  expect(await form.locator('.ant-form-item-explain-error').count()).toBe(1);
  await form.getByRole('checkbox', { name: '减免' }).uncheck();
  await submit(form, '发出收费通知');

  const fee = page.getByTestId('fee-notice');
  await fee.getByText(`按量计收，应缴 ${amount} 元`, { exact: false }).waitFor();
  await fee.getByText(/^缴费期限 \d{4}年/).waitFor();
  await page.getByText('待缴费').first().waitFor();
  await saveScreenshot(page, 'staff-fee-notice');

  form = await openAction(page, '登记缴费');
  expect(await form.getByText(`应缴 ${amount} 元`, { exact: false }).isVisible()).toBe(true);
  await submit(form, '登记缴费');
  await fee.getByText(/已缴费$/).waitFor();
  await page.getByText('正在计算').waitFor();
  await page.getByText('办理中').first().waitFor();
});

it('assignment: an officer gives the application to a colleague, the supervisor reassigns it', async () => {
  const application = await registerInPerson();
  const path = `/staff/applications/${application.id}`;
  const page = await signIn(all, officer, path);
  let form = await openAction(page, '分配经办人');
  // Nobody picked: the form says so instead of sending.
  await submit(form, '分配经办人');
  await form.locator('.ant-form-item-explain-error').first().waitFor();
  await form.getByLabel('承办人').click();
  await page.locator('.ant-select-item-option', { hasText: nameOf(colleague) }).click();
  await submit(form, '分配经办人');
  await assigneeField(page).getByText(nameOf(colleague)).waitFor();
  // Now only the assignee or a supervisor may move it: the officer is not offered the action.
  expect(await page.locator('.ant-collapse-header', { hasText: '分配经办人' }).count()).toBe(0);

  const boss = await signIn(all, supervisor, path);
  form = await openAction(boss, '分配经办人');
  await form.getByText(`现由 ${nameOf(colleague)} 承办`, { exact: false }).waitFor();
  await form.getByLabel('承办人').click();
  await boss.locator('.ant-select-item-option', { hasText: nameOf(officer) }).click();
  await submit(form, '分配经办人');
  await assigneeField(boss).getByText(nameOf(officer)).waitFor();
  await saveScreenshot(boss, 'staff-reassigned');
});

it('closing: a written withdrawal ends one application; a reconsideration of another’s reply is recorded, then its result', async () => {
  const withdrawn = await registerInPerson();
  const page = await signIn(all, officer, `/staff/applications/${withdrawn.id}`);
  let form = await openAction(page, '登记撤回');
  await submit(form, '登记撤回');
  await form.locator('.ant-form-item-explain-error').first().waitFor();
  await form.getByLabel('撤回的情况（如来信日期、方式）').fill('申请人来信要求撤回申请');
  await submit(form, '登记撤回');
  await page.getByText('已撤回').first().waitFor();
  await page.getByText('申请人来信要求撤回申请').waitFor();
  await page.getByText('已办结，停止计算（按办结之日）').waitFor();

  // Another application, replied through the api: its reply may be challenged.
  const replied = await registerInPerson();
  const { application: shown } = await officerApi.data<{ application: { version: number } }>(
    `query ($id: ID!) { application(id: $id) { version } }`,
    { id: replied.id },
  );
  await officerApi.data(
    `mutation ($input: IssueReplyInput!) { issueReply(input: $input) { application { id } } }`,
    {
      input: {
        applicationId: replied.id,
        expectedVersion: shown.version,
        outcome: 'GRANTED',
        legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
        accessInstructions: '请到本机关政务服务大厅领取。',
        replyText: '您申请的信息予以公开。',
      },
    },
  );
  await page.goto(`${portal.url}/staff/applications/${replied.id}`);
  await page.getByText('已作出答复，待送达', { exact: false }).waitFor();
  form = await openAction(page, '登记复议或诉讼');
  await submitAccepted(page, form, '登记复议或诉讼');
  const review = page.locator('.ant-descriptions-row', { hasText: '行政复议' });
  await review.getByText(/提起，尚未审结$/).waitFor();

  // Its result later: a result other than pending needs its date.
  form = await openAction(page, '登记复议或诉讼');
  await form.getByLabel('复议或诉讼').click();
  await page.locator('.ant-select-item-option', { hasText: '行政复议（' }).click();
  await form.getByRole('radio', { name: '结果维持' }).check();
  await submit(form, '登记复议或诉讼');
  await form.locator('.ant-form-item-explain-error').first().waitFor();
  const resultOn = form.getByLabel('结果日期');
  await pickToday(page, resultOn);
  await submitAccepted(page, form, '登记复议或诉讼');
  await review.getByText(/提起，结果维持（/).waitFor();
  await saveScreenshot(page, 'staff-review');
});

it('a form submitted the moment its panel opens is handled, every time (no wait for the opening transition)', async () => {
  const application = await registerInPerson();
  const page = await signIn(all, officer, `/staff/applications/${application.id}`);
  // A slow machine (as in CI): the page runs at a quarter of the speed, so each click below
  // lands while the panel is still opening and the previous one closing.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const open = async (name: string) => {
    const header = page.locator('.ant-collapse-header', { hasText: new RegExp(`^${name}$`) });
    await header.click();
    return page
      .locator('.ant-collapse-item', { has: header })
      .locator('.ant-collapse-panel-active');
  };
  // Each empty form, sent at once, answers with its required fields.
  for (const name of ['分配经办人', '登记撤回', '征求意见', '分配经办人', '征求意见', '登记撤回']) {
    const form = await open(name);
    await submit(form, name);
    await form.locator('.ant-form-item-explain-error').first().waitFor({ timeout: 10_000 });
  }
  // And one filled at once is sent and accepted.
  const form = await open('征求意见');
  await form.getByLabel('第三方或机关名称').fill('赤水市城东建设有限公司');
  await submitAccepted(page, form, '征求意见');
  await page.getByTestId('consultation').getByText('等待答复（期间不计入答复期限）').waitFor();
});
