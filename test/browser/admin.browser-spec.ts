import {
  type AgencyRow,
  type BrowserStack,
  confirmPopup,
  createAgency,
  createUser,
  type Portal,
  saveScreenshot,
  signIn,
  startBrowserStack,
  submitSignIn,
  type TestBrowser,
  type TestStack,
  type UserRow,
} from '@gongkai/testing';
import type { Locator, Page } from 'playwright-core';

// The administration pages: an administrator creates an agency and an officer in it, changes the
// officer's roles and disables the account (which then cannot sign in), and finds each change in
// the audit trail; a supervisor sees the accounts of the agency but none of the controls.
let all: BrowserStack;
let stack: TestStack;
let portal: Portal;
let browser: TestBrowser;
let root: AgencyRow;
let admin: UserRow;

beforeAll(async () => {
  all = await startBrowserStack();
  ({ stack, portal, browser } = all);
  root = await createAgency(stack.db.pool, { name: '赤水市人民政府', code: 'CSS' });
  admin = await createUser(stack.db.pool, { roles: ['ADMIN'], agency: root });
});
afterAll(async () => all?.stop());

/** Picks an option of the Select labelled `label` (in `scope`) by typing part of its text. */
async function pick(scope: Page | Locator, label: string, text: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await scope.getByLabel(label, { exact: true }).fill(text);
  const page = 'page' in scope ? scope.page() : scope;
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

const submit = (scope: Page | Locator, name: string) =>
  scope.locator('button[type="submit"]', { hasText: name }).click();

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

it('an administrator creates an agency and an officer, changes its roles, disables it, and finds it all in the audit trail', async () => {
  // Earlier changes by someone else: the audit trail has more than one page.
  const api = await stack.client.login(admin.email, admin.password);
  for (let i = 1; i <= 30; i++) {
    await api.data(`mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { code: `CSS-OLD${i}`, name: `旧机关 ${i}`, parentId: root.id },
    });
  }

  // An administrator reads no applications: /staff opens the accounts.
  const page = await signIn(all, admin, '/staff/agencies');
  await page.getByRole('heading', { name: '机构' }).waitFor();
  for (const entry of ['工作概况', '账户管理', '机构', '审计日志']) {
    await page.getByRole('menuitem', { name: entry }).waitFor();
  }
  expect(await page.getByRole('menuitem', { name: '待办申请' }).count()).toBe(0);

  // A new agency under the root: the form refuses a malformed code, the server a taken one.
  const form = page.locator('.ant-card', { hasText: '创建机关' });
  await pick(form, '上级机关', '赤水市人民政府');
  await form.getByLabel('机关名称').fill('赤水市教育局');
  await form.getByLabel('机关代码').fill('css jy');
  await submit(form, '创建机关');
  await form.getByText('机关代码须为大写字母、数字和连字符').waitFor();
  await form.getByLabel('机关代码').fill('css-old1');
  await submit(form, '创建机关');
  await form.getByText('该机关代码已被使用').waitFor();
  await form.getByLabel('机关代码').fill('css-jy');
  await submit(form, '创建机关');
  await form.getByText('已创建机关 赤水市教育局（CSS-JY）').waitFor();
  // The tree, reloaded.
  const agencyRow = rows(page).filter({ hasText: 'CSS-JY' });
  await agencyRow.waitFor();
  expect(await agencyRow.getByText('赤水市教育局').isVisible()).toBe(true);
  // In the tree: under its parent, siblings by code (numbers in order).
  const codes = await rows(page).locator('td:nth-child(2)').allInnerTexts();
  const at = codes.indexOf('CSS');
  expect(codes.slice(at, at + 5)).toEqual(['CSS', 'CSS-JY', 'CSS-OLD1', 'CSS-OLD2', 'CSS-OLD3']);
  expect(codes.indexOf('CSS-OLD10')).toBe(at + 11);
  await saveScreenshot(page, 'admin-agencies');

  // Its accounts: none yet; a new officer in it.
  await page.getByRole('link', { name: '赤水市教育局的账户' }).click();
  await page.getByRole('heading', { name: '账户管理' }).waitFor();
  await page.getByText('该机关还没有账户').waitFor();
  const create = page.locator('.ant-card', { hasText: '初始密码' });
  const email = 'zhang.wei@jy.test.gongkai.cn';
  await create.getByLabel('电子邮箱').fill(email);
  await create.getByLabel('姓名').fill('张伟');
  await create.getByLabel('初始密码').fill('first password 1');
  await submit(create, '创建账户');
  await page.getByText(`已创建账户 ${email}。`).waitFor();
  const officerRow = rows(page).filter({ hasText: email });
  await officerRow.getByText('经办人').waitFor();
  expect(await officerRow.getByText('正常').isVisible()).toBe(true);
  // The same address twice: the api's code in words.
  await create.getByLabel('电子邮箱').fill(email);
  await create.getByLabel('姓名').fill('张伟');
  await create.getByLabel('初始密码').fill('first password 1');
  await submit(create, '创建账户');
  await create.getByText('该邮箱已有账户。').waitFor();
  await saveScreenshot(page, 'admin-users');

  // The officer can sign in.
  const officer = { email, password: 'first password 1' };
  const officerPage = await signIn(all, officer, '/staff');
  await officerPage.getByRole('heading', { name: '待办申请' }).waitFor();

  // Roles: officer and supervisor.
  await officerRow.getByRole('button', { name: `修改 ${email} 的角色和所属机关` }).click();
  const roles = page.locator('.ant-card', { hasText: `修改 ${email} 的角色` });
  await roles.getByLabel('工作机构负责人').check();
  await submit(roles, '保存角色');
  await page.getByText(`已修改 ${email} 的角色。`).waitFor();
  await officerRow.getByText('工作机构负责人').waitFor();
  expect(await officerRow.getByText('经办人').isVisible()).toBe(true);

  // Disabled after a confirmation: the account cannot sign in any more.
  await officerRow.getByRole('button', { name: `停用 ${email}` }).click();
  await confirmPopup(page, '停用');
  await page.getByText(`已停用 ${email}。`).waitFor();
  await officerRow.getByText('已停用').waitFor();
  expect(await officerRow.getByRole('button', { name: `停用 ${email}` }).count()).toBe(0);
  const again = await browser.open(`${portal.url}/login`);
  await submitSignIn(again, officer);
  await again.getByText('邮箱或密码不正确。').waitFor();

  // The audit trail, newest first: the disabling, the roles, the account, the agency.
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await page.getByRole('heading', { name: '审计日志' }).waitFor();
  await rows(page).nth(29).waitFor();
  expect(await rows(page).count()).toBe(30);
  const actions = async () => rows(page).locator('td:nth-child(2)').allInnerTexts();
  expect((await actions()).slice(0, 4)).toEqual(['停用账户', '修改角色', '创建账户', '创建机关']);
  await page.getByRole('button', { name: '加载更多' }).click();
  await rows(page).nth(33).waitFor();
  expect(await rows(page).count()).toBe(34);
  expect(await page.getByRole('button', { name: '加载更多' }).count()).toBe(0);
  await saveScreenshot(page, 'admin-audit-trail');

  // Only what was done to the officer, by the administrator.
  await rows(page)
    .first()
    .getByRole('button', { name: `只看对 ${email} 的修改` })
    .click();
  await page.getByText(`被修改的账户：${email}`).waitFor();
  await page.waitForURL((url) => url.searchParams.has('target'));
  await rows(page).filter({ hasText: '创建账户' }).waitFor();
  expect(await actions()).toEqual(['停用账户', '修改角色', '创建账户']);
  const changed = rows(page).filter({ hasText: '修改角色' });
  expect(await changed.getByText('角色：经办人 → 经办人、工作机构负责人').isVisible()).toBe(true);
  expect(
    await rows(page).filter({ hasText: '创建账户' }).getByText('角色：经办人').isVisible(),
  ).toBe(true);
  expect(await changed.getByText(admin.email).isVisible()).toBe(true);

  // By agency: the agency's creation and its account's changes.
  await page.getByRole('button', { name: '清除筛选' }).click();
  await pick(page, '机关', '赤水市教育局');
  await page.getByText('机关：赤水市教育局（CSS-JY）').waitFor();
  await rows(page).filter({ hasText: '创建机关' }).waitFor();
  expect(await actions()).toEqual(['停用账户', '修改角色', '创建账户', '创建机关']);

  // By an address typed in: one no account has, then the officer's, as the changed account.
  // The address changes at the click, the page a moment later (a router transition, which the
  // lookup's answer could overtake on a slow machine; seen in CI).
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByTestId('audit-filters').waitFor({ state: 'detached' });
  const byEmail = page.getByPlaceholder('账户邮箱');
  await byEmail.fill('nobody@test.gongkai.cn');
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByText('没有邮箱为 nobody@test.gongkai.cn 的账户。').waitFor();
  expect(await page.getByTestId('audit-filters').count()).toBe(0);
  await page.getByLabel('邮箱所属账户作为', { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: '被修改的账户' }).click();
  await byEmail.fill(email.toUpperCase());
  await byEmail.press('Enter');
  await page.getByText(`被修改的账户：${email}`).waitFor();
  await rows(page).filter({ hasText: '创建账户' }).waitFor();
  expect(await actions()).toEqual(['停用账户', '修改角色', '创建账户']);
});

it('a supervisor sees the accounts of the agency and below, without the administrator’s controls', async () => {
  const agency = await createAgency(stack.db.pool, { name: '赤水市卫生健康局', parent: root });
  const supervisor = await createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency });
  // More accounts than one page holds.
  for (let i = 0; i < 20; i++) await createUser(stack.db.pool, { roles: ['OFFICER'], agency });

  const page = await signIn(all, supervisor, '/staff/users');
  await page.getByRole('heading', { name: '账户管理' }).waitFor();
  expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
  expect(await page.getByRole('menuitem', { name: '机构' }).count()).toBe(0);
  await rows(page).nth(19).waitFor();
  expect(await rows(page).count()).toBe(20);
  await page.getByRole('button', { name: '加载更多' }).click();
  await rows(page).nth(20).waitFor();
  expect(await rows(page).count()).toBe(21);
  expect(await rows(page).filter({ hasText: supervisor.email }).count()).toBe(1);
  expect(await page.getByRole('button', { name: '停用' }).count()).toBe(0);
  expect(await page.getByText('创建账户').count()).toBe(0);
  await saveScreenshot(page, 'supervisor-users');
});

it('an administrator loads next year’s working calendar from the notice and sends a test e-mail', async () => {
  const page = await signIn(all, admin, '/staff/calendar');
  await page.getByRole('heading', { name: '工作日历' }).waitFor();
  // This year comes with the code (the State Council's notices up to 2026 are built in).
  await page.getByTestId('calendar-origin').waitFor();

  await page.getByLabel('年份').fill('2027');
  await page.getByLabel('年份').press('Enter');
  await page.getByText('2027 年的节假日安排').waitFor();
  await page.getByText('尚无该年的节假日安排').waitFor();
  expect(await page.getByTestId('calendar-origin').innerText()).toBe('尚无');

  const form = page.locator('.ant-card', { hasText: '导入或更正 2027 年' });
  await form.getByLabel('通知标题').fill('国务院办公厅关于2027年部分节假日安排的通知');
  await form.getByLabel('通知网址').fill('https://www.gov.cn/test/2027-holidays');
  await form.getByLabel('放假日').fill('2027-01-01~2027-01-03 元旦\n2027-02-06~2027-02-13 春节');
  // A line the form cannot read, then a make-up day on a Monday, which the api asks to confirm.
  const makeUp = form.getByRole('textbox', { name: '调休上班日' });
  await makeUp.fill('2027-02-15 春节\n2027-02-30 春节');
  await submit(form, '导入工作日历');
  await form.getByText('第 2 行无法识别：“2027-02-30 春节”').waitFor();
  await makeUp.fill('2027-02-15 春节\n2027-02-20 春节');
  await submit(form, '导入工作日历');
  await form.getByText('2027-02-15：调休上班日落在周一至周五：确认无误时请勾选下方选项').waitFor();
  await makeUp.fill('2027-02-20 春节\n2027-02-21 春节');
  await submit(form, '导入工作日历');
  await form
    .getByText('已导入 2027 年的节假日安排：检查了 0 件未办结申请，其中 0 件的期限因此改变。')
    .waitFor();
  expect(await page.getByTestId('calendar-origin').innerText()).toBe('管理员导入');
  const holidays = page.getByTestId('calendar-holidays');
  expect(
    await holidays.getByText('2027年02月06日 星期六 至 2027年02月13日 星期六（8 天）').isVisible(),
  ).toBe(true);
  expect(await holidays.getByText('（3 天）').isVisible()).toBe(true);
  expect(
    await page
      .getByTestId('calendar-make-up-days')
      .getByText('2027年02月20日 星期六 至 2027年02月21日 星期日（2 天）')
      .isVisible(),
  ).toBe(true);
  await saveScreenshot(page, 'admin-calendar');

  // The audit trail has it, with the notice it came from.
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  const loaded = rows(page).first();
  await loaded.getByText('导入工作日历').waitFor();
  expect(await loaded.getByText('年份：2027').isVisible()).toBe(true);
  expect(
    await loaded.getByText('所依据的通知：https://www.gov.cn/test/2027-holidays').isVisible(),
  ).toBe(true);

  // A test e-mail goes out through the worker.
  await page.getByRole('menuitem', { name: '测试邮件' }).click();
  await page.getByLabel('收件人邮箱').fill('not an address');
  await submit(page, '发送测试邮件');
  await page.getByText('电子邮箱格式不正确').waitFor();
  await page.getByLabel('收件人邮箱').fill('postmaster@test.gongkai.cn');
  await submit(page, '发送测试邮件');
  await page.getByText('测试邮件已交后台发送到 postmaster@test.gongkai.cn').waitFor();
  const mail = await stack.smtp.waitFor((m) => m.to.includes('postmaster@test.gongkai.cn'));
  expect(mail.subject).toBe('【公开】邮件发送测试');
});
