import { createHash, randomBytes } from 'node:crypto';

/** Opaque secrets (session ids, API tokens) are random and only their SHA-256 is stored. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** API tokens look like lh_<prefix>_<secret>; the prefix is shown in lists so people can tell them apart. */
export function newApiToken(): { token: string; prefix: string } {
  const prefix = randomBytes(4).toString('hex');
  return { token: `lh_${prefix}_${newSecret(24)}`, prefix: `lh_${prefix}` };
}
