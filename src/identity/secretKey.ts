import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The server's secret key (32 random bytes) that seals secrets at rest. From
 * LICENSEHUB_SECRET_KEY when set (base64 or hex), otherwise from a key file
 * beside the data, created with mode 0600 at the first start. The database
 * alone cannot open what it holds: back the key file up with the data, keep
 * it out of the database's backups' reach, and give every server the same key.
 */
export interface SecretKeySource {
  /** LICENSEHUB_SECRET_KEY, as given. */
  value: string | null;
  /** Where the key file lives (or is created); null: no file (value required). */
  file: string | null;
}

export function parseSecretKey(value: string, name = 'LICENSEHUB_SECRET_KEY'): Buffer {
  const text = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(text) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(text))) {
    throw new Error(`${name} must be 32 random bytes written as base64 or hex, e.g. the output of "openssl rand -base64 32"`);
  }
  return key;
}

export function loadSecretKey(source: SecretKeySource): { key: Buffer; origin: 'environment' | 'file' | 'new file' } {
  if (source.value) return { key: parseSecretKey(source.value), origin: 'environment' };
  if (!source.file) throw new Error('Set LICENSEHUB_SECRET_KEY: there is no data folder to keep a key file in');
  if (existsSync(source.file)) {
    const mode = statSync(source.file).mode & 0o777;
    if (mode & 0o077) throw new Error(`The key file ${source.file} can be read by other users (mode ${mode.toString(8)}); run "chmod 600 ${source.file}"`);
    return { key: parseSecretKey(readFileSync(source.file, 'utf8'), `The key file ${source.file}`), origin: 'file' };
  }
  mkdirSync(dirname(source.file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  // 'wx': fail rather than overwrite a key another server created a moment ago.
  try {
    const fd = openSync(source.file, 'wx', 0o600);
    writeSync(fd, `${key.toString('base64')}\n`);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSecretKey(source);
    throw error;
  }
  return { key, origin: 'new file' };
}
