import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

let server: TestServer;
let browser: TestBrowser;

before(async () => ({ server, browser } = await openDemoSite()));
after(() => closeDemoSite(server, browser));

/** What the layout looks like right now: widths, overflow, and whether a title breaks inside a word. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const h1 = main.querySelector('h1');
    let brokenWords: string[] = [];
    if (h1) {
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) brokenWords.push(match[0]);
        }
      }
    }
    return {
      viewport: window.innerWidth,
      pageScrollWidth: document.documentElement.scrollWidth,
      mainWidth: Math.round(main.getBoundingClientRect().width),
      mainOverflow: main.scrollWidth - main.clientWidth,
      brokenWords,
    };
  });
}

const focusedText = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);

describe('desktop and tablet', () => {
  test('at 1440 px the face switcher and the left navigation are beside the page; the account button is named by its text', async () => {
    const page = await browser.newVisitor();
    await signIn(page, 'admin@contoso.example');
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.getByRole('navigation', { name: 'Admin Center navigation' }).waitFor();
    await page.getByRole('navigation', { name: 'Product areas' }).getByRole('link', { name: 'Admin Center' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Open navigation' }).count(), 0);
    const account = page.getByRole('banner').getByRole('button', { name: /Contoso/ });
    const visible = (await account.innerText()).replace(/\s+/g, ' ').trim();
    const name = await account.evaluate((element) => element.getAttribute('aria-label') ?? element.textContent ?? '');
    assert.ok(name.replace(/\s+/g, '').includes(visible.replace(/\s+/g, '')), `the account button's name "${name}" contains its text "${visible}"`);
    const sizes = await page.getByRole('banner').evaluate((header) =>
      [...header.querySelectorAll('*')].filter((e) => e.childElementCount === 0 && e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
    assert.ok(Math.min(...sizes) >= 12, `no top-bar text under 12 px (smallest ${Math.min(...sizes)} px)`);
    const shape = await layout(page);
    assert.ok(shape.pageScrollWidth <= shape.viewport, `no horizontal page scroll (${shape.pageScrollWidth} > ${shape.viewport})`);
    await screenshot(page, 'shell-01-desktop-1440');
  });

  test('at 768 px the navigation is in a drawer and the page takes the full width', async () => {
    const page = await browser.newVisitor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await signIn(page, 'admin@contoso.example');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Admin Center navigation' }).count(), 0);
    const shape = await layout(page);
    assert.equal(shape.mainWidth, 768);
    assert.ok(shape.pageScrollWidth <= shape.viewport);
    assert.deepEqual(shape.brokenWords, []);
    await screenshot(page, 'shell-02-tablet-768');
  });
});

for (const width of [390, 360]) {
  describe(`a phone ${width} px wide`, () => {
    let page: Page;
    before(async () => {
      page = await browser.newVisitor();
      await page.setViewportSize({ width, height: 800 });
      await signIn(page, 'admin@contoso.example');
      await page.getByRole('heading', { level: 1 }).waitFor();
    });

    test('the content gets the full width, titles wrap between words, nothing scrolls sideways', async () => {
      for (const path of ['/admin', '/admin/license-requests', '/apps', '/marketplace']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const shape = await layout(page);
        assert.equal(shape.mainWidth, width, `${path}: main is as wide as the screen`);
        assert.ok(shape.pageScrollWidth <= width, `${path}: no horizontal page scroll (${shape.pageScrollWidth})`);
        assert.deepEqual(shape.brokenWords, [], `${path}: the title breaks inside no word`);
      }
      await page.goto('/admin');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await screenshot(page, `shell-03-phone-${width}-admin-home`);
    });

    test('the menu button opens the navigation drawer; choosing a page closes it and focuses the page heading', async () => {
      const menu = page.getByRole('button', { name: 'Open navigation' });
      await menu.click();
      const drawer = page.getByRole('dialog', { name: 'Navigation' });
      await drawer.getByText('Product areas').waitFor();
      await drawer.getByText('Partner Center').count().then((n) => assert.equal(n, 0, 'a customer admin gets no Partner Center'));
      await drawer.getByText('My apps').first().waitFor();
      await screenshot(page, `shell-04-phone-${width}-drawer`);
      await drawer.getByText('Groups', { exact: true }).click();
      await drawer.waitFor({ state: 'detached' });
      await page.waitForURL('**/admin/groups');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Groups');
    });

    test('the account menu and Sign out are on the screen', async () => {
      const account = page.getByRole('button', { name: /^Account menu for / });
      const box = (await account.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= width, `the account button is on the screen (${box.x}+${box.width})`);
      await account.click();
      const signOut = page.getByRole('menuitem', { name: 'Sign out' });
      const item = (await signOut.boundingBox())!;
      assert.ok(item.x >= 0 && item.x + item.width <= width, 'Sign out is on the screen');
      await screenshot(page, `shell-05-phone-${width}-account-menu`);
      await signOut.click();
      await page.waitForURL('**/signin');
    });
  });
}

describe('keyboard and screen reader', () => {
  let page: Page;
  before(async () => {
    page = await browser.newVisitor();
    await signIn(page, 'admin@contoso.example');
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  test('the first Tab reaches a skip link that moves focus to the main content', async () => {
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await focusedText(page), 'A Skip to main content');
    await screenshot(page, 'shell-06-skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  });

  test('focus moves to the heading of every page opened from the navigation', async () => {
    const nav = page.getByRole('navigation', { name: 'Admin Center navigation' });
    const steps: [string, string][] = [
      ['Groups', 'Groups'],
      ['Licenses', 'Licenses'],
      ['Home', 'Contoso Ltd'],
    ];
    for (const [label, heading] of steps) {
      await nav.getByText(label, { exact: true }).click();
      await page.waitForFunction((text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text, heading);
    }
  });

  test('focus returns to the button that opened a dialog when it closes', async () => {
    await page.goto('/admin/users');
    const add = page.getByRole('button', { name: 'Add a user' });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Add a user');
  });
});
