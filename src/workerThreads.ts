import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from a module beside the caller, named by its built
 * `.js` URL. Built (`npm start`), that file exists and runs as is. From source
 * (tests, `npm run dev`, under tsx) the module is the `.ts` file, and a worker
 * does not inherit tsx's loader from `--import tsx` on Node 20, so it is
 * started through a two-line bootstrap that registers tsx first.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(entry, options);
  const source = new URL(entry.href.replace(/\.js$/, '.ts'));
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** How much lower than the check's thread admin work's threads run (0-19): the worker pool and the command thread. */
export const WORKER_NICENESS = 10;

/**
 * Lowers the calling thread's priority (Linux schedules each thread by its own nice value), so the
 * thread that answers license checks gets the CPU first. Without the native helper on this platform
 * (@napi-rs/nice, piscina's optional dependency) the thread keeps the normal priority.
 */
export async function lowerThisThreadsPriority(niceness: number): Promise<void> {
  try {
    (await import('@napi-rs/nice')).nice(niceness);
  } catch {
    // the native helper is missing on this platform
  }
}
