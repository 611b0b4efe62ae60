import { loadConfig } from './config.js';
import { startServer } from './server.js';

/** Beyond the grace for requests in flight, how long closing jobs and the database may take before the process gives up. */
const CLOSE_DEADLINE_MS = 15_000;

/**
 * `npm start`: run LicenseHub until SIGTERM or SIGINT, then stop gracefully —
 * /readyz turns 503, requests in flight finish (LICENSEHUB_SHUTDOWN_GRACE_SECONDS),
 * the database closes cleanly — and exit 0. A second signal exits at once with 1.
 */
async function main() {
  const config = loadConfig();
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
}

main().catch((error) => {
  process.stderr.write(`LicenseHub failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
