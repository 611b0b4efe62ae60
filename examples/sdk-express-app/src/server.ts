import { createExampleApp } from './app.js';
import { LicenseHubClient, LicenseTokenVerifier } from '@licensehub/sdk';

/** Starts the example from environment variables; see README.md. */
function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) {
    process.stderr.write(`Set ${name} (see examples/sdk-express-app/README.md)\n`);
    process.exit(1);
  }
  return value;
}

const baseUrl = process.env.LICENSEHUB_URL ?? 'http://localhost:8080';
const appModule = required('APP_MODULE');
const client = new LicenseHubClient({
  baseUrl,
  runtimeKey: required('LICENSEHUB_RUNTIME_KEY'),
  onUnavailable: process.env.LICENSEHUB_FAIL_OPEN === '1' ? 'fail-open' : 'fail-closed',
});
const verifier = new LicenseTokenVerifier({
  // The issuer is LicenseHub's public URL (LICENSEHUB_PUBLIC_URL on the server), which may differ from where this app reaches it.
  issuer: process.env.LICENSEHUB_ISSUER ?? baseUrl,
  jwksUrl: `${baseUrl}/.well-known/jwks.json`,
  audience: appModule,
});

const port = Number(process.env.PORT ?? 3000);
createExampleApp({ client, verifier, appModule }).listen(port, () => {
  process.stdout.write(`Field Ops example on http://localhost:${port} (app module ${appModule}, LicenseHub at ${baseUrl})\n`);
});
