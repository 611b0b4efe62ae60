import { parentPort, workerData } from 'node:worker_threads';
import { Kysely } from 'kysely';
import { runUseCaseWithRevision } from '../commands/runUseCase.js';
import type { EntitlementChange } from '../runtime/entitlementChanges.js';
import { openDatabase } from '../store/database.js';
import { LentSession } from '../store/embedded/lentSession.js';
import { PGliteDialect } from '../store/embedded/pgliteDialect.js';
import type { Database } from '../store/schema.js';
import { transferError, type CommandReply, type CommandRequest, type CommandThreadOptions } from './commandProtocol.js';
import { OFF_THREAD_COMMANDS } from './offThreadCommands.js';
import { lowerThisThreadsPriority, WORKER_NICENESS } from '../workerThreads.js';

/**
 * The command thread (commandThread.ts): runs the commands of
 * offThreadCommands.ts in one transaction each, as runUseCase does on the main
 * thread, and hands back the result and the entitlement changes for the main
 * thread's index. Its objects live and die in this thread's heap.
 */
const port = parentPort!;
const options = workerData as CommandThreadOptions;

// Below the check's thread, like the worker pool.
await lowerThisThreadsPriority(WORKER_NICENESS);

const postgres = options.postgres
  ? await openDatabase({ kind: 'postgres', url: options.postgres.url, poolSize: options.postgres.poolSize, timeouts: options.postgres.timeouts })
  : null;

port.on('message', (request: CommandRequest) => void run(request).then((reply) => port.postMessage(reply)));

async function run(request: CommandRequest): Promise<CommandReply> {
  const lent = request.database ? new LentSession(request.database) : null;
  try {
    const db = lent ? new Kysely<Database>({ dialect: new PGliteDialect(lent, 0) }) : postgres?.db;
    if (!db) throw new Error('the command thread has no database: neither a PostgreSQL pool nor a lent embedded database');
    const now = new Date(request.now);
    const applied: { changes: EntitlementChange[] } = { changes: [] };
    const kicks: string[] = [];
    const command = OFF_THREAD_COMMANDS[request.command] as (ctx: Parameters<(typeof OFF_THREAD_COMMANDS)[typeof request.command]>[0], input: unknown) => Promise<unknown>;
    const { result, revision } = await runUseCaseWithRevision(
      {
        db,
        clock: { now: () => now },
        // The main thread applies them to its index once this answer arrives.
        entitlements: { instanceId: request.instanceId, apply: async (changes) => void (applied.changes = [...changes]) },
        config: { smtp: request.email || null },
        jobs: { kick: (name) => kicks.push(name) },
      },
      request.actor,
      (ctx) => command(ctx, request.input),
      { now },
    );
    return { id: request.id, ok: true, result, changes: applied.changes, revision, kicks };
  } catch (error) {
    return { id: request.id, ok: false, error: transferError(error) };
  } finally {
    lent?.close();
  }
}
