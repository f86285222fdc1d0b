import {
  type BrowserStack,
  createUser,
  type Portal,
  saveScreenshot,
  startBrowserStack,
  submitSignIn,
  type TestBrowser,
  type TestStack,
  TEST_PASSWORD,
} from '@gongkai/testing';
import type { Page } from 'playwright-core';

// An applicant opens an account by an e-mailed link; one who forgot the password asks for a link
// from the sign-in page, sets a new one from the e-mailed link, signs in with it, and later
// changes it while signed in.
let all: BrowserStack;
let stack: TestStack;
let portal: Portal;
let browser: TestBrowser;

beforeAll(async () => {
  all = await startBrowserStack();
  ({ stack, portal, browser } = all);
});
afterAll(async () => all?.stop());

/** The applicants' sign-in on `page`, which may refuse it. */
async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${portal.url}/account/login`);
  await submitSignIn(page, { email, password });
}

it('opens an applicant account by the e-mailed link, which signs in once', async () => {
  const email = `signup-${Date.now()}@test.gongkai.cn`;
  const page = await browser.open(`${portal.url}/account/login`);
  await page.getByRole('link', { name: '注册申请人账户' }).click();
  await page.getByLabel('姓名或名称').fill('赵六');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill('my signup passphrase');
  await page.getByLabel('再次输入密码').fill('my signup passphrase');
  await page.getByRole('button', { name: '注册', exact: true }).click();
  await page.getByText(`确认链接已发送到 ${email}`).waitFor();
  await saveScreenshot(page, 'signup-requested');
  // Not open yet.
  await signIn(page, email, 'my signup passphrase');
  await page.getByText('邮箱或密码不正确').waitFor();

  const mail = await stack.smtp.waitFor((m) => m.to.includes(email));
  const token = /\/account\/confirm#token=([0-9a-f.-]+)/.exec(mail.text)?.[1];
  expect(token).toBeDefined();
  // Opening the link sends nothing; the password chosen at sign-up opens the account.
  const opened = await browser.open(`${portal.url}/account/confirm#token=${token}`);
  await opened.getByLabel('注册时设置的密码').fill('not my passphrase');
  await opened.getByRole('button', { name: '开通账户' }).click();
  await opened.getByText('密码与注册时设置的不一致。').waitFor();
  await saveScreenshot(opened, 'signup-confirm');
  await opened.getByLabel('注册时设置的密码').fill('my signup passphrase');
  await opened.getByRole('button', { name: '开通账户' }).click();
  await opened.getByRole('heading', { name: '我的申请' }).waitFor();
  expect(await opened.getByText('赵六').count()).toBeGreaterThan(0);

  // The link works once: opened again, the api's coded error is shown in words.
  const again = await browser.open(`${portal.url}/account/confirm#token=${token}`);
  await again.getByLabel('注册时设置的密码').fill('my signup passphrase');
  await again.getByRole('button', { name: '开通账户' }).click();
  await again.getByText('确认链接无效、已过期或已使用').waitFor();
  await saveScreenshot(again, 'signup-link-used');
  await signIn(page, email, 'my signup passphrase');
  await page.getByRole('heading', { name: '我的申请' }).waitFor();
});

it('resets a forgotten password by the e-mailed link, then changes it while signed in', async () => {
  const user = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
  const page = await browser.open(`${portal.url}/account/login`);
  await page.getByRole('link', { name: '忘记密码？' }).click();
  // The sign-in form has a 电子邮箱 field too, and the router shows the next page a moment after
  // the click (a transition): the address must go into the new page's field.
  await page.getByText('找回密码', { exact: true }).waitFor();
  await page.getByLabel('电子邮箱').fill(user.email);
  await page.getByRole('button', { name: '发送链接' }).click();
  await page.getByText('请查收邮件').waitFor();
  await saveScreenshot(page, 'password-reset-requested');

  const mail = await stack.smtp.waitFor((m) => m.to.includes(user.email));
  const token = /\/reset-password#token=([0-9a-f.-]+)/.exec(mail.text)?.[1];
  expect(token).toBeDefined();

  // A link without its token says what is wrong instead of showing a form that cannot work.
  await page.goto(`${portal.url}/reset-password`);
  await page.getByText('链接不完整').waitFor();

  await page.goto(`${portal.url}/reset-password#token=${token}`);
  await page.getByLabel('新密码').fill('my new passphrase 1');
  await page.getByLabel('再次输入密码').fill('my new passphrase 2');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText('两次输入的密码不一致').waitFor();
  await page.getByLabel('再次输入密码').fill('my new passphrase 1');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText('新密码已生效').waitFor();
  await saveScreenshot(page, 'password-reset-done');

  // The link works once: opened again (a new tab), the api's coded error is shown in words.
  const again = await browser.open(`${portal.url}/reset-password#token=${token}`);
  await again.getByLabel('新密码').fill('another passphrase');
  await again.getByLabel('再次输入密码').fill('another passphrase');
  await again.getByRole('button', { name: '保存新密码' }).click();
  await again.getByText('链接无效、已过期或已使用，请重新申请。').waitFor();

  await signIn(page, user.email, TEST_PASSWORD);
  await page.getByText('邮箱或密码不正确').waitFor();
  await signIn(page, user.email, 'my new passphrase 1');
  await page.getByRole('heading', { name: '我的申请' }).waitFor();

  await page.getByRole('link', { name: '修改密码' }).click();
  await page.getByRole('heading', { name: '修改密码' }).waitFor();
  // The page belongs to the header's link: no menu entry is marked as the current one.
  expect(await page.locator('.ant-menu-item-selected').count()).toBe(0);
  await page.getByLabel('当前密码').fill('not the password');
  await page.getByLabel('新密码').fill('a third passphrase');
  await page.getByLabel('再次输入密码').fill('a third passphrase');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText('当前密码不正确。').waitFor();
  await page.getByLabel('当前密码').fill('my new passphrase 1');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText('其他设备上的登录均已退出').waitFor();
  await saveScreenshot(page, 'password-changed');
  // Still signed in with the session the change returned.
  await page.getByRole('menuitem', { name: '我的申请' }).click();
  await page.getByRole('heading', { name: '我的申请' }).waitFor();
});
