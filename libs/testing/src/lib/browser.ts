import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { type AppProcess, spawnApp, waitForHttp } from './app-process.js';
import { freePort } from './free-port.js';
import { REPO_ROOT } from './paths.js';
import { startTestStack, type TestStack } from './test-stack.js';

/** Debian's Chromium: the test tool downloads no browser of its own (none can be fetched here). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Screenshots of the main pages, kept as test artefacts (git-ignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test/browser/artifacts');

export interface Portal {
  url: string;
  process: AppProcess;
  stop(): Promise<void>;
}

/**
 * The built portal (`apps/portal/dist`, from `npm run build`) served by `vite preview` on a free
 * port, with /graphql proxied to `apiUrl`: the same bundle and the same single origin as
 * `npm start`.
 */
export async function startPortal(apiUrl: string): Promise<Portal> {
  const port = await freePort();
  const app = spawnApp('node_modules/vite/bin/vite.js', { GONGKAI_API_URL: apiUrl }, [
    'preview',
    'apps/portal',
    '--port',
    String(port),
    '--strictPort',
    '--logLevel',
    'warn',
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, { process: app });
  return { url, process: app, stop: async () => void (await app.stop()) };
}

export interface TestBrowser {
  browser: Browser;
  /** A new page (its own context: no shared storage between pages) at `url`. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with no background traffic and no sandbox (root in CI). Playwright gives each
 * launch a fresh temporary profile (user-data-dir) and removes it on close; each page opened here
 * gets its own context on top.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  return {
    browser,
    open: async (url) => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Signs `user` in through the portal's form, in a new page opened at the sign-in that serves
 * `path` (the applicants' one for `/account…`, the staff one otherwise), and returns the page
 * once the portal has taken them to `path`.
 */
export async function signIn(
  { portal, browser }: Pick<BrowserStack, 'portal' | 'browser'>,
  user: { email: string; password: string },
  path: string,
): Promise<Page> {
  const login = path.startsWith('/account') ? '/account/login' : '/login';
  const page = await browser.open(`${portal.url}${login}?next=${encodeURIComponent(path)}`);
  await submitSignIn(page, user);
  const target = new URL(path, portal.url);
  await page.waitForURL((url) => url.pathname === target.pathname && url.search === target.search);
  return page;
}

/** Fills the sign-in form shown on `page` (staff or applicant) and sends it. */
export async function submitSignIn(
  page: Page,
  user: { email: string; password: string },
): Promise<void> {
  await page.getByLabel('电子邮箱').fill(user.email);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
}

/**
 * Opens an action of the staff application page (a collapse panel; a lone action is open
 * already, and a click would close it) and returns its form once the panel's opening transition
 * has ended: a transition restarted by a re-render meanwhile remounts the form, and a click
 * during it could be lost (no mutation was sent; seen in CI).
 */
export async function openAction(page: Page, name: string): Promise<Locator> {
  const header = page.locator('.ant-collapse-header', { hasText: name });
  const item = page.locator('.ant-collapse-item', { has: header });
  if (!((await item.getAttribute('class')) ?? '').includes('ant-collapse-item-active')) {
    await header.click();
  }
  const form = item.locator('.ant-collapse-panel-active');
  await form.waitFor();
  // Only the transitions: a spinner's animation runs for ever.
  await motionSettled(item, 'CSSTransition');
  return form;
}

/**
 * Confirms the open Popconfirm with its button `name` once the popup's zoom has ended and it
 * has been aligned: a click while it still grows and moves can land beside the button, which
 * closes the popup without confirming (seen once in six runs of admin.browser-spec).
 */
export async function confirmPopup(page: Page, name: string): Promise<void> {
  const popup = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
  await popup.waitFor();
  await motionSettled(popup, 'CSSAnimation');
  await popup.getByRole('button', { name }).click();
}

/**
 * Opens the DatePicker `field` and picks today in its calendar once the calendar's slide-in has
 * ended, then waits for the field to show the date: a click while the calendar still moves can
 * land beside the cell, leaving the field empty (the form then sent nothing; seen in CI).
 */
export async function pickToday(page: Page, field: Locator): Promise<void> {
  await field.click();
  const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  await calendar.waitFor();
  await motionSettled(calendar, 'CSSAnimation');
  await calendar.locator('.ant-picker-cell-today').click();
  await field.evaluate(async (input) => {
    // In the page (no DOM types here): the value property, which React sets, not the attribute.
    const value = () => (input as unknown as { value: string }).value;
    for (let round = 0; value() === '' && round < 50; round++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (value() === '') throw new Error('the date field is still empty after picking today');
  });
}

/**
 * Waits (about two seconds at most) until `locator`'s element and those inside it run no CSS
 * transition or animation of `kind`: a restarted one is waited for again.
 */
async function motionSettled(
  locator: Locator,
  kind: 'CSSTransition' | 'CSSAnimation',
): Promise<void> {
  await locator.evaluate(async (element, kind) => {
    // In the page: Element.getAnimations (this library is compiled without the DOM types).
    type Animated = {
      getAnimations(options: { subtree: boolean }): { finished: Promise<unknown> }[];
    };
    const running = () =>
      (element as unknown as Animated)
        .getAnimations({ subtree: true })
        .filter((animation) => animation.constructor.name === kind);
    for (let round = 0, now = running(); now.length > 0 && round < 20; round++, now = running()) {
      await Promise.race([
        Promise.all(now.map((animation) => animation.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, 100)),
      ]);
    }
  }, kind);
}

/** Saves a full-page screenshot as `test/browser/artifacts/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

export interface BrowserStack {
  stack: TestStack;
  portal: Portal;
  browser: TestBrowser;
  stop(): Promise<void>;
}

/** Everything a browser test needs: the test stack, the portal in front of it, and Chromium. */
export async function startBrowserStack(): Promise<BrowserStack> {
  const stack = await startTestStack();
  let portal: Portal | null = null;
  let browser: TestBrowser | null = null;
  const stop = async () => {
    await browser?.close();
    await portal?.stop();
    await stack.stop();
  };
  try {
    portal = await startPortal(stack.apiUrl);
    browser = await launchBrowser();
  } catch (error) {
    await stop();
    throw error;
  }
  return { stack, portal, browser, stop };
}
