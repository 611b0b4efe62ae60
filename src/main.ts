import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './config.js';
import { startServer, type StartedServer } from './server.js';

/** Beyond the grace for requests in flight, how long closing jobs and the database may take before the process gives up. */
const CLOSE_DEADLINE_MS = 15_000;

/**
 * Runs LicenseHub until SIGTERM or SIGINT, then stops gracefully — /readyz
 * turns 503, requests in flight finish (LICENSEHUB_SHUTDOWN_GRACE_SECONDS),
 * the database closes cleanly — and exits 0. A second signal exits at once
 * with 1. `npm start` and `licensehub-server start` both come here.
 */
export async function runServer(config: Config = loadConfig()): Promise<StartedServer> {
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      server.app.log.warn({ signal }, 'second signal: exiting without finishing the shutdown');
      process.exit(1);
    }
    stopping = true;
    server.app.log.info({ signal, graceSeconds: config.shutdownGraceSeconds }, 'shutting down: finishing requests in flight');
    const deadline = setTimeout(() => {
      server.app.log.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownGraceSeconds * 1000 + CLOSE_DEADLINE_MS);
    deadline.unref();
    const { inFlight, cut } = await server.stop();
    if (cut > 0) server.app.log.warn({ inFlight, cut }, 'requests still running after the grace period were cut');
    server.app.log.info({ inFlight, cut }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return server;
}

/** Prints why the server could not start and exits 1 (no stack trace: the message names the fix). */
export function startFailed(error: unknown): never {
  process.stderr.write(`LicenseHub failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

// Run only when this file is the program (`node dist/src/main.js`), not when imported.
function isProgram(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isProgram()) runServer().catch(startFailed);
