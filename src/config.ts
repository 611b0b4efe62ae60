import { join, resolve } from 'node:path';
import { installationRoot } from './installation.js';
import type { DatabaseTarget } from './store/database.js';

/** Everything LicenseHub reads from its environment, in one typed place. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Load the demo data set into an empty database. */
  demo: boolean;
  adminPassword: string | null;
  /** Public URL used in links (invitations, launch). */
  publicUrl: string;
  webDir: string;
  logLevel: string;
  /** Cookies get the Secure flag when the public URL is https. */
  secureCookies: boolean;
  /** A deal's total contract value must be above this many US dollars to be registered. */
  dealThresholdUsd: number;
  /** Days a lapsed deal's licenses keep working, shown as "warning". */
  gracePeriodDays: number;
  /** Days they then stay suspended (checks fail, assignments kept) before they are removed. */
  suspendedPeriodDays: number;
  /** How often the license lifecycle job runs; 0 turns the timer off (the operator route still runs it). */
  lifecycleIntervalSeconds: number;
  /** Lead webhooks may reach loopback and private-network addresses (off: only the public internet). */
  webhooksToPrivateNetworks: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL; leave it unset to use the embedded database');
  }
  const publicUrl = (env.LICENSEHUB_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'embedded', dataDir: resolve(env.LICENSEHUB_DATA_DIR ?? './data') },
    demo: env.LICENSEHUB_DEMO !== '0' && env.LICENSEHUB_DEMO !== 'false',
    adminPassword: env.LICENSEHUB_ADMIN_PASSWORD || null,
    publicUrl,
    // The built web app ships beside the server, wherever it is installed.
    webDir: env.LICENSEHUB_WEB_DIR ? resolve(env.LICENSEHUB_WEB_DIR) : join(installationRoot(), 'dist', 'web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: publicUrl.startsWith('https://'),
    dealThresholdUsd: nonNegative(env, 'LICENSEHUB_DEAL_THRESHOLD_USD', 5000),
    gracePeriodDays: wholeNumber(env, 'LICENSEHUB_GRACE_DAYS', 30),
    suspendedPeriodDays: wholeNumber(env, 'LICENSEHUB_SUSPENDED_DAYS', 30),
    lifecycleIntervalSeconds: wholeNumber(env, 'LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS', 60),
    webhooksToPrivateNetworks: env.LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS === '1',
  };
}

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, got "${raw}"`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegative(env, name, fallback);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, got "${env[name]}"`);
  return value;
}
