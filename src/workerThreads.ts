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
