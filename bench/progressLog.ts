/** Progress lines, stamped with the seconds since the benchmark started. */
const started = performance.now();

export function log(line: string): void {
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}
