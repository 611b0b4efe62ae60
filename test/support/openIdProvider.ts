import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real, certified OpenID provider (`oidc-provider`) for the tests, on a
 * port of its own, with its development login and consent pages, which the
 * test's "browser" fills in. Accounts are whatever the test puts in `accounts`.
 */
export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, Record<string, unknown>>;
  /** Plays the person in the browser: from the provider's authorization URL to the redirect back to LicenseHub. */
  signInAs(authorizationUrl: string, accountId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startIdentityProvider(redirectUri: string): Promise<TestIdentityProvider> {
  let handler: ((req: Parameters<Parameters<typeof createServer>[1] & object>[0], res: Parameters<Parameters<typeof createServer>[1] & object>[1]) => void) | null = null;
  const server: Server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, unknown>>();
  const clientId = 'licensehub';
  const clientSecret = 'a-client-secret-of-at-least-32-characters';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' }],
    findAccount: async (_ctx, id) => (accounts.has(id) ? { accountId: id, claims: async () => ({ sub: id, ...accounts.get(id) }) } : undefined),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username', 'ctry', 'groups'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
  });
  provider.proxy = false;
  handler = provider.callback();

  async function signInAs(authorizationUrl: string, accountId: string): Promise<string> {
    const cookies = new Map<string, string>();
    const remember = (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = pair!.split('=');
        cookies.set(name!.trim(), value.join('='));
      }
    };
    const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let url = authorizationUrl;
    for (let step = 0; step < 10; step++) {
      if (!url.startsWith(issuer)) return url; // back to LicenseHub
      const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
      remember(response);
      const location = response.headers.get('location');
      if (location) {
        url = new URL(location, url).toString();
        continue;
      }
      const page = await response.text();
      const interaction = /\/interaction\/([^/"?]+)/.exec(url)?.[1];
      if (!interaction) throw new Error(`unexpected page from the provider (${response.status}): ${page.slice(0, 300)}`);
      const prompt = page.includes('name="login"') ? 'login' : 'consent';
      const body = new URLSearchParams(prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt });
      const submitted = await fetch(`${issuer}/interaction/${interaction}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      remember(submitted);
      const next = submitted.headers.get('location');
      if (!next) throw new Error(`the provider did not accept the ${prompt} (${submitted.status}): ${(await submitted.text()).slice(0, 300)}`);
      url = new URL(next, url).toString();
    }
    throw new Error('the provider never sent the browser back');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signInAs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
