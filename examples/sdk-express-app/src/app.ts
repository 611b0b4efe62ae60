import express, { type Request, type Response } from 'express';
import type { LicenseDecision, LicenseHubClient, LicenseSubject, LicenseTokenVerifier } from '@licensehub/sdk';
import { licenseGuardExpress } from '@licensehub/sdk/express';

export interface ExampleAppOptions {
  /** Asks LicenseHub for each API call (cached for 30 s by the client). */
  client: LicenseHubClient;
  /** Verifies the license token LicenseHub's launch page adds to the app's URL. */
  verifier: LicenseTokenVerifier;
  /** The app module this app is, as named in the solution package. */
  appModule: string;
}

/**
 * Field Ops, a tiny publisher app with two guarded entrances:
 * - GET /app is where LicenseHub's launch page sends licensed users, with a
 *   signed license token in `?license_token=`; it is verified offline.
 * - GET /api/work-orders is an API the app's front end calls; it asks
 *   LicenseHub (through the client and its cache) on every call.
 * Real apps know their user from their own sign-in; here two headers stand in for it.
 */
export function createExampleApp(options: ExampleAppOptions) {
  const app = express();
  const signedInUser = (req: Request): LicenseSubject | undefined => {
    const tenantId = req.get('x-tenant-id');
    const user = req.get('x-user');
    return tenantId && user ? { tenantId, user } : undefined;
  };

  app.get('/', (_req, res) => {
    res.type('html').send('<h1>Field Ops</h1><p>Open this app from LicenseHub: it checks your license and sends you here.</p>');
  });

  app.get('/app', licenseGuardExpress({ verifier: options.verifier, appModule: options.appModule }), (_req, res: Response) => {
    const license = res.locals.license as LicenseDecision;
    res.type('html').send(`<h1>Field Ops</h1><p>Welcome! You are licensed through ${escapeHtml(license.plans.join(', ') || 'a free app module')}.</p>`);
  });

  app.get(
    '/api/work-orders',
    licenseGuardExpress({ client: options.client, appModule: options.appModule, resolveUser: signedInUser }),
    (_req, res: Response) => {
      const license = res.locals.license as LicenseDecision;
      res.json({
        licensedBy: license.plans,
        workOrders: [
          { id: 'WO-1001', title: 'Replace pump seal', site: 'Riverside plant' },
          { id: 'WO-1002', title: 'Quarterly HVAC inspection', site: 'North office' },
        ],
      });
    },
  );
  return app;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
