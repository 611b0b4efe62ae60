import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { lowerThisThreadsPriority } from '../../workerThreads.js';
import { errorFields, type LendRequest, type LentRequest, type WorkerOptions, type WorkerReply, type WorkerRequest } from './protocol.js';

/**
 * The embedded database's own thread. PGlite is PostgreSQL compiled to
 * WebAssembly: every statement runs synchronously on the thread that calls
 * it, and with durable writes each commit waits for the disk. Here it blocks
 * only this worker, never the thread that answers license checks.
 */

// Both databases return the same JavaScript types: counts as numbers, dates as
// 'YYYY-MM-DD' strings (a Date would shift with the server's time zone), timestamps as Date.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const BYTEA = 17;
const parseNumber = (value: string) => Number(value);
const keepText = (value: string) => value;
/**
 * PGlite's own bytea conversion builds one string per byte in JavaScript: a
 * 14 MB package took about 4 s of this thread's CPU to store. A hex string
 * (Node's native codec) cut that to about 1.7 s, most of it spent measuring,
 * encoding and copying the 28 MB string. Handed the bytes themselves, PGlite's
 * Bind message sends the parameter in PostgreSQL's binary format (format code
 * 1: for bytea, the raw bytes), so nothing is converted at all. PGlite types a
 * serializer as returning a string; its Bind writer checks for ArrayBuffer
 * views first.
 */
const serializeBytes = ((value: unknown) => {
  if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea: expected bytes');
  return value;
}) as unknown as (value: unknown) => string;
const parseBytes = (value: string) => Buffer.from(value.slice(2), 'hex');

// On a small machine the check's thread comes first: this thread's writes and
// reads for admin work yield the CPU to it (Linux schedules threads by their own nice value).
const DATABASE_THREAD_NICENESS = 5;
await lowerThisThreadsPriority(DATABASE_THREAD_NICENESS);

const port = parentPort!;
const options = workerData as WorkerOptions;
const send = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

let pglite: PGlite;
try {
  pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.template ? { loadDataDir: new Blob([options.template as Uint8Array<ArrayBuffer>]) } : {}),
    // Every statement is on disk before its promise resolves: an acknowledged write survives a crash.
    relaxedDurability: false,
    parsers: { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: keepText, [BYTEA]: parseBytes },
    serializers: { [BYTEA]: serializeBytes },
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', error: errorFields(error) });
  process.exit(1);
}

port.on('message', (request: WorkerRequest | LendRequest) => {
  if (request.op === 'lend') lend(request.port);
  else void handle(request);
});

/** Ports lent to other threads, and their statements under way. */
const lentPorts = new Set<MessagePort>();
const lentRunning = new Set<Promise<unknown>>();

/** Another thread's statements, on the main thread's turn (it sends nothing of its own meanwhile). */
function lend(lent: MessagePort): void {
  lentPorts.add(lent);
  lent.on('close', () => lentPorts.delete(lent));
  lent.on('message', (request: LentRequest) => {
    const running = run(request).then((reply) => lent.postMessage(reply));
    lentRunning.add(running);
    void running.finally(() => lentRunning.delete(running));
  });
}

/**
 * The borrowing thread stopped mid-command: no statement of it may run after this, and a
 * transaction it left open must end, or the main thread's next statements would run inside it.
 */
async function reclaim(): Promise<void> {
  for (const lent of lentPorts) lent.close();
  lentPorts.clear();
  await Promise.allSettled([...lentRunning]);
  // Outside a transaction PostgreSQL only warns.
  await pglite.exec('rollback');
}

async function run(request: LentRequest): Promise<WorkerReply> {
  try {
    if (request.op === 'query') {
      const result = await pglite.query(request.sql, request.params);
      return { id: request.id, ok: true, result: { rows: result.rows, ...(result.affectedRows !== undefined ? { affectedRows: result.affectedRows } : {}) } };
    }
    const results = await pglite.exec(request.sql);
    return { id: request.id, ok: true, result: results.map((r) => ({ rows: r.rows, ...(r.affectedRows !== undefined ? { affectedRows: r.affectedRows } : {}) })) };
  } catch (error) {
    return { id: request.id, ok: false, error: errorFields(error) };
  }
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    switch (request.op) {
      case 'query':
      // Without parameters the simple protocol runs, which allows several statements in one call (migrations).
      case 'exec':
        send(await run(request));
        return;
      case 'dump': {
        const tarball = new Uint8Array(await (await pglite.dumpDataDir(request.compression)).arrayBuffer());
        send({ id: request.id, ok: true, result: tarball }, [tarball.buffer as ArrayBuffer]);
        return;
      }
      case 'reclaim':
        await reclaim();
        send({ id: request.id, ok: true, result: null });
        return;
      case 'close': {
        await pglite.close();
        send({ id: request.id, ok: true, result: null });
        return;
      }
    }
  } catch (error) {
    send({ id: request.id, ok: false, error: errorFields(error) });
  }
}
