import type { MessagePort } from 'node:worker_threads';

/**
 * Messages between the server's main thread and the worker thread that runs
 * the embedded database (pgliteWorker.ts). Plain data only: everything here
 * crosses the thread boundary by structured clone.
 */

export interface WorkerOptions {
  /** The data folder; null keeps the database in memory (tests). */
  dataDir: string | null;
  /** A data-folder tarball to start from (tests skip initdb with it). */
  template?: Uint8Array;
}

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'dump'; compression: 'none' | 'gzip' }
  | { id: number; op: 'close' }
  /** Takes back every lent port: drops what was not started, waits for what was, and rolls back a transaction left open. */
  | { id: number; op: 'reclaim' };

/**
 * The main thread lends its turn on the database to another thread (a command
 * run off the check's thread): that thread's queries and execs come on this
 * port, answered on it, until it closes.
 */
export type LendRequest = { op: 'lend'; port: MessagePort };

/** What a borrowing thread may send on a lent port. */
export type LentRequest = Extract<WorkerRequest, { op: 'query' | 'exec' }>;

export interface QueryResults {
  rows: unknown[];
  affectedRows?: number;
}

/** A database error as plain fields, so the main thread can rebuild one with the same code and constraint. */
export interface ErrorFields {
  message: string;
  name?: string;
  code?: string;
  detail?: string;
  hint?: string;
  constraint?: string;
  table?: string;
  column?: string;
  severity?: string;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; error: ErrorFields }
  | { id: number; ok: true; result: QueryResults | QueryResults[] | Uint8Array | null }
  | { id: number; ok: false; error: ErrorFields };

const FIELDS = ['name', 'code', 'detail', 'hint', 'constraint', 'table', 'column', 'severity'] as const;

export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: ErrorFields = { message: error.message };
  for (const field of FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string') fields[field] = value;
  }
  return fields;
}

/** The error again, on this side: an Error with the database's fields (code, constraint, …) as pg's errors have them. */
export function toError(fields: ErrorFields): Error {
  const error = new Error(fields.message);
  for (const field of FIELDS) if (fields[field] !== undefined) (error as unknown as Record<string, unknown>)[field] = fields[field];
  return error;
}
