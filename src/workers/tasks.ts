import { createHash } from 'node:crypto';
import type { MessagePort } from 'node:worker_threads';
import { planUserImport as planImport, type UserImportPlan } from '../domain/directory/userImport.js';
import { readPackageArchive, type PackageValidation, type PackageValidationContext, type ZipLimits } from '../domain/packages/index.js';
import { reportFigures, type ReportFigures, type ReportFiguresInput } from '../domain/reports/licenseReport.js';
import { readAssignmentCsv as readAssignments, type AssignmentCsv } from '../domain/seats/assignmentCsv.js';

/**
 * The CPU-heavy work of requests, run on a worker thread of the pool
 * (heavyWork.ts), never on the thread that answers license checks. Each
 * export is one task: plain data in, plain data out (structured clone).
 */

export interface PackageUploadInput {
  archive: Uint8Array;
  archiveName: string;
  context: PackageValidationContext;
  limits: ZipLimits;
}

/** Opens and validates an uploaded package zip; hashes it on the way (20 MiB of SHA-256 is work too). */
export async function checkPackageUpload(input: PackageUploadInput): Promise<{ validation: PackageValidation; sha256: string }> {
  const validation = await readPackageArchive(input.archive, input.context, { archiveName: input.archiveName, limits: input.limits });
  return { validation, sha256: createHash('sha256').update(input.archive).digest('hex') };
}

/** Parses a user import CSV and checks every row. */
export function planUserImport(input: { csv: Uint8Array; tenantDomain: string }): UserImportPlan {
  return planImport(input.csv, input.tenantDomain);
}

/** Parses a bulk assignment CSV. */
export function readAssignmentCsv(input: { csv: Uint8Array }): AssignmentCsv {
  return readAssignments(input.csv);
}

/** A partner report's figures from the rows the database read. */
export function licenseReportFigures(input: ReportFiguresInput): ReportFigures {
  return reportFigures(input);
}

const TASKS = { checkPackageUpload, planUserImport, readAssignmentCsv, licenseReportFigures };
export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;

/**
 * What piscina calls on the worker thread: one entry point that runs the
 * named task. It says when it starts on `started`, so the task's time budget
 * counts its own running time, not the thread's start-up or a wait.
 */
export default function runTask<N extends TaskName>(message: { task: N; input: TaskInput<N>; started?: MessagePort }): Promise<TaskOutput<N>> | TaskOutput<N> {
  message.started?.postMessage('started');
  message.started?.close();
  const task = TASKS[message.task] as (input: TaskInput<N>) => Promise<TaskOutput<N>> | TaskOutput<N>;
  return task(message.input);
}
