import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { SecretBox } from '../identity/secretBox.js';
import { inTransaction, type Db, type Tx } from '../store/transaction.js';

/**
 * Short-lived license tokens (JWT, EdDSA/Ed25519) that apps verify offline
 * against /.well-known/jwks.json. A key signs for ROTATE_MS, then a newer one
 * takes over; the old one stays published until every token it signed has
 * expired, so rotation never breaks a token already issued. Private keys are
 * sealed with the server's secret key before they reach the database
 * (`private_key_sealed`); rows from before that are sealed at the next start.
 */
export const TOKEN_TTL_SECONDS = 10 * 60;
const ROTATE_MS = 30 * 86_400_000;
const PUBLISH_AFTER_RETIRE_MS = TOKEN_TTL_SECONDS * 1000 + 3_600_000;
const REFRESH_MS = 10_000;
export const ALGORITHM = 'EdDSA';

export interface LicenseTokenClaims {
  userId: string;
  userPrincipalName: string;
  tenantId: string;
  appModule: string;
  offerId: string;
  plans: readonly string[];
  code: string;
}

interface LoadedKey {
  kid: string;
  publicJwk: JWK;
  privateKey: CryptoKey | Uint8Array;
  retiresAt: Date;
  expiresAt: Date;
}

export class LicenseTokenService {
  private keys: LoadedKey[] = [];
  private loadedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly issuer: string,
    private readonly box: SecretBox,
  ) {}

  /**
   * At start: seals any private key still stored in clear, and makes sure a
   * signing key exists, so /.well-known/jwks.json is never empty and the first
   * token needs no key generation.
   */
  async prepare(): Promise<void> {
    const clear = await this.db.selectFrom('signing_keys').select(['kid', 'private_jwk']).where('private_key_sealed', 'is', null).execute();
    for (const row of clear) {
      await this.db
        .updateTable('signing_keys')
        .set({ private_key_sealed: this.box.seal(JSON.stringify(row.private_jwk), keyPurpose(row.kid)), private_jwk: null })
        .where('kid', '=', row.kid)
        .where('private_key_sealed', 'is', null)
        .execute();
    }
    await this.signingKey();
  }

  /** Public keys for verifiers: every key whose tokens may still be alive. */
  async jwks(): Promise<{ keys: JWK[] }> {
    await this.refresh();
    // Never empty: a verifier that fetches the set before the first token still gets the key that will sign it.
    if (!this.keys.some((k) => k.retiresAt > this.clock.now())) await this.signingKey();
    const now = this.clock.now();
    return { keys: this.keys.filter((k) => k.expiresAt > now).map((k) => k.publicJwk) };
  }

  async issue(claims: LicenseTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const key = await this.signingKey();
    const now = this.clock.now();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({
      tid: claims.tenantId,
      upn: claims.userPrincipalName,
      app: claims.appModule,
      offer: claims.offerId,
      plans: [...claims.plans],
      code: claims.code,
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setSubject(claims.userId)
      .setAudience(claims.appModule)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TOKEN_TTL_SECONDS)
      .setJti(randomUUID())
      .sign(key.privateKey);
    return { token, expiresAt: new Date((issuedAt + TOKEN_TTL_SECONDS) * 1000) };
  }

  /** Makes a new key now (also what an operator's "rotate" does). */
  async rotate(): Promise<string> {
    const kid = await inTransaction(this.db, async (tx) => {
      const now = this.clock.now();
      // Earlier keys retire now but stay published for the tokens they signed.
      await tx
        .updateTable('signing_keys')
        .set({ retires_at: now, expires_at: new Date(now.getTime() + PUBLISH_AFTER_RETIRE_MS) })
        .where('retires_at', '>', now)
        .execute();
      return insertNewKey(tx, now, this.box);
    });
    this.loadedAt = 0;
    return kid;
  }

  private async signingKey(): Promise<LoadedKey> {
    await this.refresh();
    const now = this.clock.now();
    let current = this.keys.find((k) => k.retiresAt > now);
    if (!current) {
      await this.ensureCurrentKey();
      await this.refresh(true);
      current = this.keys.find((k) => k.retiresAt > this.clock.now());
    }
    if (!current) throw new Error('no signing key available');
    return current;
  }

  /** Several servers may notice at once that the key is due; a lock lets one of them make it. */
  private async ensureCurrentKey(): Promise<void> {
    await inTransaction(this.db, async (tx) => {
      await sql`select pg_advisory_xact_lock(7265431)`.execute(tx);
      const live = await tx.selectFrom('signing_keys').select('kid').where('retires_at', '>', this.clock.now()).executeTakeFirst();
      if (live) return;
      await insertNewKey(tx, this.clock.now(), this.box);
    });
  }

  private async refresh(force = false): Promise<void> {
    if (!force && Date.now() - this.loadedAt < REFRESH_MS) return;
    const rows = await this.db.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').execute();
    this.keys = await Promise.all(
      rows.map(async (r) => ({
        kid: r.kid,
        publicJwk: r.public_jwk as JWK,
        privateKey: await importJWK(this.privateJwkOf(r), ALGORITHM),
        retiresAt: r.retires_at,
        expiresAt: r.expires_at,
      })),
    );
    this.loadedAt = Date.now();
  }

  private privateJwkOf(row: { kid: string; private_key_sealed: string | null; private_jwk: Record<string, unknown> | null }): JWK {
    if (row.private_key_sealed) return JSON.parse(this.box.open(row.private_key_sealed, keyPurpose(row.kid))) as JWK;
    return row.private_jwk as JWK; // written before sealing existed; prepare() seals it
  }
}

const keyPurpose = (kid: string) => `signing-key:${kid}`;

async function insertNewKey(tx: Tx, now: Date, box: SecretBox): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  const retiresAt = new Date(now.getTime() + ROTATE_MS);
  await tx
    .insertInto('signing_keys')
    .values({
      kid,
      algorithm: ALGORITHM,
      public_jwk: JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' }),
      private_jwk: null,
      private_key_sealed: box.seal(JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: ALGORITHM }), keyPurpose(kid)),
      retires_at: retiresAt,
      expires_at: new Date(retiresAt.getTime() + PUBLISH_AFTER_RETIRE_MS),
    })
    .execute();
  return kid;
}
