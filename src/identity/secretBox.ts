import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Seals secrets the server must read back (token-signing private keys, TOTP
 * secrets) before they go into the database: AES-256-GCM with the server's
 * secret key, a random 96-bit nonce per value, and the value's purpose as
 * associated data, so a sealed value copied into another row does not open.
 * A database copy alone (a backup, a dump, a read-only injection) then gives
 * none of them away.
 *
 * Sealed form: `v1.<key id>.<nonce>.<tag>.<ciphertext>` (base64url). The key
 * id tells which key sealed a value, so a server started with the wrong key
 * says so instead of failing with a cryptic authentication error.
 */
export class SecretKeyMismatch extends Error {}

export class SecretBox {
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The secret key must be 32 bytes');
    this.keyId = createHmac('sha256', key).update('licensehub secret key id').digest('base64url').slice(0, 8);
  }

  seal(plaintext: string, purpose: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(purpose));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v1', this.keyId, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  open(sealed: string, purpose: string): string {
    const [version, keyId, nonce, tag, ciphertext] = sealed.split('.');
    if (version !== 'v1' || !keyId || nonce === undefined || tag === undefined || ciphertext === undefined) throw new Error('Not a sealed value');
    if (keyId !== this.keyId) {
      throw new SecretKeyMismatch(
        `A secret in the database was sealed with another secret key (id ${keyId}; this server's is ${this.keyId}). ` +
          'Start every server with the same LICENSEHUB_SECRET_KEY or key file that the data was written with.',
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}
