import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './config.js';
import { startServer, type StartedServer } from './server.js';

/**
 * Runs LicenseHub until SIGTERM/SIGINT, then drains requests and closes the
 * database. `npm start` and `licensehub-server start` both come here.
 */
export async function runServer(config: Config = loadConfig()): Promise<StartedServer> {
  const server = await startServer(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await server.stop();
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
