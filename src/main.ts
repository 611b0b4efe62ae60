import { loadConfig } from './config.js';
import { startServer } from './server.js';

/** `npm start`: run LicenseHub until SIGTERM/SIGINT, then drain requests and close the database. */
async function main() {
  const config = loadConfig();
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
}

main().catch((error) => {
  process.stderr.write(`LicenseHub failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
