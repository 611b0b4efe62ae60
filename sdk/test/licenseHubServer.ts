import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../../src/clock.js';
import { createTestApp } from '../../test/support/testApp.js';
import { createRuntimeFixture, type RuntimeFixture } from './fixture.js';

/** A real LicenseHub, listening on a free local port, with the runtime fixture loaded. */
export interface LicenseHubServer {
  app: FastifyInstance;
  clock: ManualClock;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** The issuer in its license tokens (the configured public URL). */
  issuer: string;
  jwksUrl: string;
  fixture: RuntimeFixture;
  stop(): Promise<void>;
}

export async function startLicenseHub(): Promise<LicenseHubServer> {
  const t = await createTestApp();
  const fixture = await createRuntimeFixture(t.app);
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  let stopped = false;
  return {
    app: t.app,
    clock: t.clock,
    baseUrl,
    issuer: t.app.config.publicUrl,
    jwksUrl: `${baseUrl}/.well-known/jwks.json`,
    fixture,
    async stop() {
      if (stopped) return;
      stopped = true;
      await t.close();
    },
  };
}
