import { launchBrowser, type TestBrowser } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

/**
 * What most browser test files start with: LicenseHub on the demo data and a
 * headless Chromium pointed at it. In a file:
 *   before(async () => ({ server, browser } = await openDemoSite()));
 *   after(() => closeDemoSite(server, browser));
 */
export async function openDemoSite(): Promise<{ server: TestServer; browser: TestBrowser }> {
  const server = await startTestServer();
  try {
    return { server, browser: await launchBrowser(server.url) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Closes what openDemoSite() opened; either may be missing when it failed half-way. */
export async function closeDemoSite(server: TestServer | undefined, browser: TestBrowser | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}
