import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';

export const OPERATOR_PASSWORD = 'operator-password-1';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real LicenseHub on a fresh embedded database with the demo data, serving
 * the built web app. Build it first with `npm run build:web`.
 */
export async function startTestServer(options: { env?: Record<string, string> } = {}): Promise<TestServer> {
  const webDir = resolve('dist/web');
  if (!existsSync(join(webDir, 'index.html'))) {
    throw new Error(`The web app is not built (${webDir}/index.html is missing). Run "npm run build:web" before "npm run test:e2e".`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'licensehub-e2e-'));
  const config = {
    ...loadConfig({
      ...process.env,
      PORT: '0',
      LICENSEHUB_DATA_DIR: dataDir,
      LICENSEHUB_ADMIN_PASSWORD: OPERATOR_PASSWORD,
      LICENSEHUB_WEB_DIR: webDir,
      LOG_LEVEL: 'warn',
      // A test that must know the address beforehand (an identity provider's redirect URI) names PORT and LICENSEHUB_PUBLIC_URL.
      ...options.env,
    }),
    host: '127.0.0.1',
  };
  const server = await startServer(config, { logger: false });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A port free right now on 127.0.0.1, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
