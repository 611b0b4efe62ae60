import { isDeepStrictEqual } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = 'test-results';

export interface TestBrowser {
  /** A fresh page with no cookies: a new visitor. */
  newVisitor(): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Debian Chromium (Playwright gives it a throwaway profile); every visitor gets its own context and cookie jar. */
export async function launchBrowser(baseURL: string): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const contexts: BrowserContext[] = [];
  return {
    async newVisitor() {
      const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
      // CI runs the browser tests right after the API suites on a 2-core machine; pages can take a while to settle.
      context.setDefaultTimeout(process.env.CI ? 20_000 : 10_000);
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
    },
  };
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/**
 * The confirmation toast with this text. Fluent also announces each toast through an aria-live
 * region with the same text, so a bare getByText would match twice while the announcement lasts.
 */
export const notification = (page: Page, text: string) => page.locator('.fui-ToastTitle', { hasText: text });

/** Waits until the locator matches exactly `expected` elements: a count read once races the page's next render. */
export async function waitForCount(locator: Locator, expected: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await locator.count();
  while (actual !== expected) {
    if (Date.now() > deadline) throw new Error(`Expected ${expected} matches of ${locator} but found ${actual} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    actual = await locator.count();
  }
}

/** Waits until `read()` gives `expected` (a value read once can come before the page's data arrives). */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected)) {
    if (Date.now() > deadline) throw new Error(`Expected ${what} to be ${JSON.stringify(expected)} but it was ${JSON.stringify(actual)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    actual = await read();
  }
}

/** Waits until every finite animation on the page has finished (drawers sliding in, the navigation appearing after a resize). */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity));
}
