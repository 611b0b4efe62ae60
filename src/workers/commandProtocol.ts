import type { MessagePort } from 'node:worker_threads';
import type { EntitlementChange } from '../runtime/entitlementChanges.js';
import type { AuditActor } from '../store/audit.js';
import type { DatabaseTimeouts } from '../store/database.js';
import { errorFields, toError, type ErrorFields } from '../store/embedded/protocol.js';
import { DomainError } from '../domain/problems.js';
import type { OffThreadCommand } from './offThreadCommands.js';

/**
 * Messages between the main thread and the command thread. Plain data only
 * (structured clone); errors travel as fields and are rebuilt on the main
 * thread, so the problems plugin answers them as if thrown there.
 */

/** How the command thread reaches the database: its own pool on PostgreSQL; on the embedded database, a port lent with each command. */
export interface CommandThreadOptions {
  postgres: { url: string; timeouts: DatabaseTimeouts; poolSize: number } | null;
}

export interface CommandRequest {
  id: number;
  command: OffThreadCommand;
  input: unknown;
  actor: AuditActor;
  /** The time the use case acts at (epoch ms): the server's clock, not the thread's. */
  now: number;
  /** Whether notification emails are sent (SMTP configured). */
  email: boolean;
  /** The index's instance id, so this server ignores the NOTIFY of a change it applies itself. */
  instanceId: string;
  /** The embedded database, lent for this command. */
  database?: MessagePort;
}

export type CommandReply =
  | { id: number; ok: true; result: unknown; changes: EntitlementChange[]; revision: string | undefined; kicks: string[] }
  | { id: number; ok: false; error: TransferredError };

export type TransferredError =
  | { domain: { status: DomainError['status']; title: string; detail: string; extra: Record<string, unknown>; headers: Record<string, string> } }
  | { fields: ErrorFields };

export function transferError(error: unknown): TransferredError {
  if (error instanceof DomainError) return { domain: { status: error.status, title: error.title, detail: error.detail, extra: error.extra, headers: error.headers } };
  return { fields: errorFields(error) };
}

export function receiveError(error: TransferredError): Error {
  if ('domain' in error) return new DomainError(error.domain.status, error.domain.title, error.domain.detail, error.domain.extra, error.domain.headers);
  return toError(error.fields);
}
