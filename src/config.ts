import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseTarget, DatabaseTimeouts } from './store/database.js';
import type { SecretKeySource } from './identity/secretKey.js';
import { parseTrustProxy, type TrustProxy } from './http/trustProxy.js';
import { installationRoot } from './installation.js';

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
  /** Seats that manage themselves (usage, auto-claim, waiting room, reclamation). */
  seats: {
    /** Days a user's last use of a product is kept once it is that old (then forgotten: "never used"). */
    usageRetentionDays: number;
    /** How often the usage the check aggregated in memory is written to the database (0: only at shutdown). */
    usageFlushSeconds: number;
    /** How often the reclamation job announces and reclaims unused seats (0: never; the route still runs it). */
    reclamationIntervalSeconds: number;
    /** Days a reclamation can be undone. */
    reclaimUndoDays: number;
  };
  /** Lead webhooks may reach loopback and private-network addresses (off: only the public internet). */
  webhooksToPrivateNetworks: boolean;
  /** Publisher webhooks on the change feed (issue 17): how often the dispatcher looks, how long a receiver may take, and the retries. */
  webhooks: {
    /** LICENSEHUB_WEBHOOK_DISPATCH_INTERVAL_SECONDS (default 1; 0: the dispatcher does not run in this server). */
    dispatchIntervalSeconds: number;
    /** LICENSEHUB_WEBHOOK_TIMEOUT_SECONDS (default 10): a receiver that has not answered by then failed the attempt. */
    timeoutSeconds: number;
    /** LICENSEHUB_WEBHOOK_RETRY_BASE_SECONDS (default 5): the first retry's wait; each next waits 4 times longer (at most 10 hours). */
    retryBaseSeconds: number;
    /** LICENSEHUB_WEBHOOK_MAX_ATTEMPTS (default 9): after this many failed tries a delivery is parked and its endpoint paused. */
    maxAttempts: number;
  };
  /** The worker threads that do requests' CPU-heavy work, and what one request may spend there. */
  heavyWork: {
    threads: number;
    perTenant: number;
    queue: number;
    taskTimeoutMs: number;
  };
  /** What an uploaded package zip may hold once inflated. */
  packageLimits: {
    maxEntries: number;
    maxEntryBytes: number;
    maxTotalBytes: number;
  };
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  shutdownGraceSeconds: number;
  /** One license check in this many is written to the log (0: none). */
  checkLogSampleEvery: number;
  /** How long a check with `atLeastRevision` waits for the index to reach it before answering 503. */
  revisionWaitMs: number;
  /** The SDK stream (GET /api/v1/runtime/stream). */
  stream: {
    /** Open streams one runtime key may hold at once. */
    maxConnectionsPerKey: number;
    /** Seconds between `: ping` comments on an idle stream. */
    heartbeatSeconds: number;
    /** Recent revisions kept in memory to resume a stream from Last-Event-ID (older: a new snapshot). */
    replayRevisions: number;
  };
  /** Where the key that seals secrets at rest comes from (src/identity/secretKey.ts). */
  secretKey: SecretKeySource;
  /** Which peers' X-Forwarded-For to believe (Fastify's trustProxy); false: none. */
  trustProxy: TrustProxy;
  /** Where notification emails go out (LICENSEHUB_SMTP_URL) and whom they come from; null: notifications are in-app only. */
  smtp: SmtpSettings | null;
  /** How often the notification email job looks at the outbox for emails due for a (re)try; 0 turns the timer off. */
  notificationEmailIntervalSeconds: number;
  /** What one SCIM request may carry (src/http/scim). */
  scim: {
    /** Bytes of one request body (LICENSEHUB_SCIM_MAX_BODY_KB). */
    maxBodyBytes: number;
    /** Operations of one PATCH (LICENSEHUB_SCIM_MAX_PATCH_OPERATIONS). */
    maxPatchOperations: number;
    /** Group members one request may add, remove or replace (LICENSEHUB_SCIM_MAX_MEMBERS_PER_REQUEST). */
    maxMembersPerRequest: number;
    /** Resources one page of a list returns at most (LICENSEHUB_SCIM_MAX_RESULTS). */
    maxResults: number;
  };
}

export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start), as nodemailer reads it. */
  url: string;
  /** The From header, e.g. "LicenseHub <licensehub@example.com>". */
  from: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL; leave it unset to use the embedded database');
  }
  const timeouts: DatabaseTimeouts = {
    statementTimeoutMs: seconds(env, 'LICENSEHUB_DB_STATEMENT_TIMEOUT_SECONDS', 10) * 1000,
    lockTimeoutMs: seconds(env, 'LICENSEHUB_DB_LOCK_TIMEOUT_SECONDS', 3) * 1000,
  };
  const poolSize = wholeNumber(env, 'DATABASE_POOL_SIZE', 10);
  if (poolSize < 1) throw new Error(`DATABASE_POOL_SIZE must be at least 1, got "${env.DATABASE_POOL_SIZE}"`);
  const publicUrl = (env.LICENSEHUB_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const dataDir = resolve(env.LICENSEHUB_DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl, poolSize, timeouts }
      : { kind: 'embedded', dataDir, timeouts },
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
    seats: {
      usageRetentionDays: atLeastOne(env, 'LICENSEHUB_USAGE_RETENTION_DAYS', 400),
      usageFlushSeconds: wholeNumber(env, 'LICENSEHUB_USAGE_FLUSH_SECONDS', 10),
      reclamationIntervalSeconds: wholeNumber(env, 'LICENSEHUB_RECLAMATION_INTERVAL_SECONDS', 3600),
      reclaimUndoDays: 30,
    },
    webhooksToPrivateNetworks: env.LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS === '1',
    webhooks: {
      dispatchIntervalSeconds: nonNegative(env, 'LICENSEHUB_WEBHOOK_DISPATCH_INTERVAL_SECONDS', 1),
      timeoutSeconds: seconds(env, 'LICENSEHUB_WEBHOOK_TIMEOUT_SECONDS', 10),
      retryBaseSeconds: seconds(env, 'LICENSEHUB_WEBHOOK_RETRY_BASE_SECONDS', 5),
      maxAttempts: atLeastOne(env, 'LICENSEHUB_WEBHOOK_MAX_ATTEMPTS', 9),
    },
    heavyWork: {
      // One core stays with the thread that answers license checks.
      threads: atLeastOne(env, 'LICENSEHUB_WORKER_THREADS', Math.max(1, availableParallelism() - 1)),
      perTenant: atLeastOne(env, 'LICENSEHUB_HEAVY_TASKS_PER_TENANT', 2),
      queue: wholeNumber(env, 'LICENSEHUB_HEAVY_TASK_QUEUE', 32),
      taskTimeoutMs: Math.round(positive(env, 'LICENSEHUB_HEAVY_TASK_SECONDS', 10) * 1000),
    },
    packageLimits: {
      maxEntries: atLeastOne(env, 'LICENSEHUB_PACKAGE_MAX_ENTRIES', 1000),
      maxEntryBytes: Math.round(positive(env, 'LICENSEHUB_PACKAGE_MAX_FILE_MB', 10) * MiB),
      maxTotalBytes: Math.round(positive(env, 'LICENSEHUB_PACKAGE_MAX_INFLATED_MB', 50) * MiB),
    },
    shutdownGraceSeconds: nonNegative(env, 'LICENSEHUB_SHUTDOWN_GRACE_SECONDS', 15),
    checkLogSampleEvery: wholeNumber(env, 'LICENSEHUB_CHECK_LOG_SAMPLE', 1000),
    revisionWaitMs: wholeNumber(env, 'LICENSEHUB_REVISION_WAIT_MS', 2000),
    stream: {
      maxConnectionsPerKey: Math.max(1, wholeNumber(env, 'LICENSEHUB_STREAM_MAX_CONNECTIONS_PER_KEY', 10)),
      heartbeatSeconds: positive(env, 'LICENSEHUB_STREAM_HEARTBEAT_SECONDS', 15),
      replayRevisions: Math.max(1, wholeNumber(env, 'LICENSEHUB_STREAM_REPLAY_REVISIONS', 10_000)),
    },
    secretKey: { value: env.LICENSEHUB_SECRET_KEY?.trim() || null, file: resolve(env.LICENSEHUB_SECRET_KEY_FILE ?? join(dataDir, 'secret.key')) },
    trustProxy: parseTrustProxy(env.LICENSEHUB_TRUST_PROXY),
    smtp: smtpSettings(env, publicUrl),
    notificationEmailIntervalSeconds: nonNegative(env, 'LICENSEHUB_NOTIFICATION_EMAIL_INTERVAL_SECONDS', 10),
    scim: {
      maxBodyBytes: atLeastOne(env, 'LICENSEHUB_SCIM_MAX_BODY_KB', 1024) * 1024,
      maxPatchOperations: atLeastOne(env, 'LICENSEHUB_SCIM_MAX_PATCH_OPERATIONS', 500),
      maxMembersPerRequest: atLeastOne(env, 'LICENSEHUB_SCIM_MAX_MEMBERS_PER_REQUEST', 10000),
      maxResults: atLeastOne(env, 'LICENSEHUB_SCIM_MAX_RESULTS', 200),
    },
  };
}

function smtpSettings(env: NodeJS.ProcessEnv, publicUrl: string): SmtpSettings | null {
  const url = env.LICENSEHUB_SMTP_URL?.trim();
  const from = env.LICENSEHUB_SMTP_FROM?.trim();
  if (!url) {
    if (from) throw new Error('LICENSEHUB_SMTP_FROM is set but LICENSEHUB_SMTP_URL is not; set both to send notification emails');
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('LICENSEHUB_SMTP_URL must be a URL such as smtp://user:password@mail.example.com:587 or smtps://…:465');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error(`LICENSEHUB_SMTP_URL must start with smtp:// or smtps://, got "${parsed.protocol}//"`);
  }
  if (!parsed.hostname) throw new Error('LICENSEHUB_SMTP_URL must name the SMTP server, e.g. smtp://mail.example.com:587');
  if (from !== undefined && from !== '' && !/@[^@\s>]+>?$/.test(from)) {
    throw new Error(`LICENSEHUB_SMTP_FROM must be an address such as "LicenseHub <licensehub@example.com>", got "${from}"`);
  }
  return { url, from: from || `LicenseHub <licensehub@${new URL(publicUrl).hostname}>` };
}

const MiB = 1024 * 1024;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegative(env, name, fallback);
  if (value === 0) throw new Error(`${name} must be more than 0, got "${env[name]}"`);
  return value;
}

function atLeastOne(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = wholeNumber(env, name, fallback);
  if (value < 1) throw new Error(`${name} must be 1 or more, got "${env[name]}"`);
  return value;
}

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, got "${raw}"`);
  return value;
}

/** A duration in seconds (fractions allowed), more than zero. */
function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegative(env, name, fallback);
  if (value === 0) throw new Error(`${name} must be more than 0 seconds`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegative(env, name, fallback);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, got "${env[name]}"`);
  return value;
}
