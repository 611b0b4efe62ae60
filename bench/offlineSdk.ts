import { createPublicKey, verify } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import { LicenseHubClient, LicenseTokenVerifier, decideFromToken } from '../sdk/src/index.js';
import type { CheckBody } from './generate.js';

/**
 * What the SDK does without the server: decisions from an already verified
 * license token (per request, once the claims are kept), and token
 * verifications, with raw Ed25519 signature checks (node:crypto) as the floor.
 */
export interface OfflineFigures {
  decisionsPerSec: number;
  verificationsPerSec: number;
  rawSignatureChecksPerSec: number;
}

export async function measureOfflineSdk(props: {
  url: string;
  publicUrl: string;
  runtimeKey: string;
  check: CheckBody;
  seconds: number;
}): Promise<OfflineFigures> {
  const client = new LicenseHubClient({ baseUrl: props.url, runtimeKey: props.runtimeKey });
  const issued = await client.issueToken(props.check);
  if (!issued.token) throw new Error(`no license token for the licensed check: ${issued.code} ${issued.detail}`);
  const token = issued.token;
  const verifier = new LicenseTokenVerifier({ issuer: props.publicUrl, jwksUrl: `${props.url}/.well-known/jwks.json` });
  const claims = await verifier.verify(token);

  const decisionsPerSec = repeatFor(props.seconds, () => decideFromToken(claims, props.check.appModule).licensed);
  const verificationsPerSec = await repeatAsyncFor(props.seconds, async () => (await verifier.verify(token)).code === claims.code);
  const rawSignatureChecksPerSec = repeatFor(props.seconds, await rawEd25519Check(props.url, token));
  return { decisionsPerSec, verificationsPerSec, rawSignatureChecksPerSec };
}

/** The bare signature check jose does inside verify(), with the key already imported. */
async function rawEd25519Check(url: string, token: string): Promise<() => boolean> {
  const { kid } = decodeProtectedHeader(token);
  const { keys } = (await (await fetch(`${url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
  const jwk = keys.find((k) => k.kid === kid);
  if (!jwk) throw new Error(`key ${kid} is not in the JWKS`);
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const signed = Buffer.from(`${header}.${payload}`);
  const signatureBytes = Buffer.from(signature, 'base64url');
  return () => verify(null, signed, key, signatureBytes);
}

/** Calls per second of a synchronous function that must keep returning true. */
function repeatFor(seconds: number, work: () => boolean): number {
  const end = performance.now() + seconds * 1000;
  let calls = 0;
  const started = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) if (!work()) throw new Error('the measured call returned false');
    calls += 1000;
  }
  return calls / ((performance.now() - started) / 1000);
}

async function repeatAsyncFor(seconds: number, work: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  const end = started + seconds * 1000;
  let calls = 0;
  while (performance.now() < end) {
    if (!(await work())) throw new Error('the measured call returned false');
    calls++;
  }
  return calls / ((performance.now() - started) / 1000);
}
