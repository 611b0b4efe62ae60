// In your own app this file is not needed: install the SDK and import it by name,
//   import { LicenseHubClient, LicenseTokenVerifier } from '@licensehub/sdk';
//   import { licenseGuardExpress } from '@licensehub/sdk/express';
// Inside the LicenseHub repository the example uses the SDK's source directly.
export * from '../../../sdk/src/index.js';
export { licenseGuardExpress } from '../../../sdk/src/middleware/express.js';
