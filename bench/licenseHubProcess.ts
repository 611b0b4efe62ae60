import { join } from 'node:path';
import { freePort, startChild, type ChildServer } from './childProcess.js';

/** Where a LicenseHub child finds its data: an embedded data folder or a PostgreSQL URL. */
export type DatabaseEnv = { LICENSEHUB_DATA_DIR: string } | { DATABASE_URL: string };

export interface LicenseHubProcess extends ChildServer {
  /** The issuer in its license tokens. */
  publicUrl: string;
}

export async function startLicenseHub(props: {
  name: string;
  database: DatabaseEnv;
  workDir: string;
  built: boolean;
  /** Folder for a V8 CPU profile, written when the server stops. */
  cpuProfileDir?: string;
  /** Run the whole process (every thread) at this nice value. */
  nice?: number;
}): Promise<LicenseHubProcess> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const profile = props.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${props.cpuProfileDir}`] : [];
  const entry = props.built ? ['dist/src/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  // Diagnostics Node refuses in NODE_OPTIONS (e.g. --trace-gc), for the servers only; their output is in the server logs.
  const diagnostics = process.env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const server = await startChild({
    name: props.name,
    args: [...diagnostics, ...profile, ...entry],
    env: {
      ...props.database,
      PORT: String(port),
      HOST: '127.0.0.1',
      LICENSEHUB_PUBLIC_URL: publicUrl,
      LICENSEHUB_DEMO: '0',
      LICENSEHUB_ADMIN_PASSWORD: 'bench-operator-password',
    },
    port,
    logFile: join(props.workDir, `${props.name.replace(/\W+/g, '-')}.log`),
    readyPath: '/readyz',
    timeoutMs: 15 * 60_000,
    ...(props.nice !== undefined ? { nice: props.nice } : {}),
  });
  return { ...server, publicUrl };
}

/** Where a LicenseHub process's memory is, from its /metrics: the JS heap in use, and memory outside it (the embedded database's WebAssembly memory counts here). */
export async function memoryBreakdown(url: string): Promise<{ heapUsedBytes: number; externalBytes: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const gauge = (name: string) => {
    const match = new RegExp(`^licensehub_${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
    if (!match) throw new Error(`/metrics has no licensehub_${name}`);
    return Number(match[1]);
  };
  return { heapUsedBytes: gauge('nodejs_heap_size_used_bytes'), externalBytes: gauge('nodejs_external_memory_bytes') };
}
