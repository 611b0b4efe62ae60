import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * A server the benchmark runs as a child process (LicenseHub or the bare
 * baseline): started with its output going to a log file, timed until it
 * listens and until it is ready, measured (RSS) while it runs, and stopped.
 */
export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  /** From spawn until /healthz answered. */
  listeningMs: number;
  /** From spawn until the ready path answered 200. */
  readyMs: number;
  rssBytes(): number;
  /** CPU time the process has used so far (user + system, all threads), in seconds. */
  cpuSeconds(): number;
  /** CPU time its main thread (the one that answers checks) has used so far, in seconds. */
  mainThreadCpuSeconds(): number;
  stop(): Promise<void>;
}

export const REPO_ROOT = resolve(import.meta.dirname, '..');
/** Data folders, logs and profiles of a run (git-ignored). */
export const WORK_DIR = resolve(REPO_ROOT, 'bench', '.work');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startChild(props: {
  name: string;
  args: string[];
  env: Record<string, string>;
  port: number;
  logFile: string;
  readyPath: string;
  timeoutMs: number;
  /** Start the child under `nice -n N` (all its threads inherit it). */
  nice?: number;
}): Promise<ChildServer> {
  const log = openSync(props.logFile, 'w');
  const started = performance.now();
  const [command, args] = props.nice === undefined ? [process.execPath, props.args] : ['nice', ['-n', String(props.nice), process.execPath, ...props.args]];
  const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...props.env }, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const url = `http://127.0.0.1:${props.port}`;
  try {
    await waitFor(`${url}/healthz`, child, props);
    const listeningMs = performance.now() - started;
    await waitFor(`${url}${props.readyPath}`, child, props);
    const readyMs = performance.now() - started;
    return {
      name: props.name,
      url,
      pid: child.pid!,
      listeningMs,
      readyMs,
      rssBytes: () => rssOf(child.pid!),
      cpuSeconds: () => cpuSecondsOf(`/proc/${child.pid!}/stat`),
      mainThreadCpuSeconds: () => cpuSecondsOf(`/proc/${child.pid!}/task/${child.pid!}/stat`),
      async stop() {
        if (child.exitCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

async function waitFor(url: string, child: ChildProcess, props: { name: string; logFile: string; timeoutMs: number }): Promise<void> {
  const deadline = performance.now() + props.timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${props.name} exited with code ${child.exitCode}:\n${tail(props.logFile)}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`${props.name} was not ready at ${url} within ${props.timeoutMs} ms:\n${tail(props.logFile)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** utime + stime from /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
function cpuSecondsOf(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime field 15.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SEC;
}
const CLOCK_TICKS_PER_SEC = 100;

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}
