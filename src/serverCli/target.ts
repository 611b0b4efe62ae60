import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { CliError } from '../cli/cliError.js';
import type { CliIo } from '../cli/io.js';
import { controlRequest } from '../control/controlClient.js';
import { controlSocketPath } from '../control/socketPath.js';

/** The options every command that touches the database takes; they win over LICENSEHUB_DATA_DIR and DATABASE_URL. */
export interface DatabaseOptions {
  dataDir?: string;
  databaseUrl?: string;
}

/** The server's configuration as `start` would read it, with the command line's database options on top. */
export function configFrom(io: CliIo, options: DatabaseOptions, extra: Record<string, string> = {}): Config {
  const env: NodeJS.ProcessEnv = { ...io.env, ...extra };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) {
    env.LICENSEHUB_DATA_DIR = options.dataDir;
    if (!options.databaseUrl) delete env.DATABASE_URL;
  }
  try {
    return loadConfig(env);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

export interface RunningServer {
  pid: number;
  version: string;
  socketPath: string;
}

/** The server running on an embedded data folder, found through its control socket; null when none answers. */
export async function runningServer(io: CliIo, dataDir: string): Promise<RunningServer | null> {
  const socketPath = controlSocketPath(dataDir, io.env);
  if (!socketPath || !existsSync(socketPath)) return null;
  try {
    const answer = await controlRequest(socketPath, 'GET', '/status');
    const status = answer.body as { pid: number; version: string };
    return { pid: status.pid, version: status.version, socketPath };
  } catch {
    return null; // a socket left by a server that did not stop cleanly
  }
}

/** Refuses a data folder that holds no database, rather than letting PGlite create an empty one there. */
export function assertEmbeddedDatabase(dataDir: string): void {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new CliError(`no LicenseHub database in ${dataDir} (set LICENSEHUB_DATA_DIR or --data-dir to the server's data folder)`);
  }
}

/** Asks the running server, and turns its refusal into the CLI's error. */
export async function askServer(server: RunningServer, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const answer = await controlRequest(server.socketPath, method, path, body);
  if (answer.status >= 400) {
    const detail = (answer.body as { detail?: string } | Buffer) instanceof Buffer ? String(answer.body) : (answer.body as { detail?: string }).detail;
    throw new CliError(`the running server (pid ${server.pid}) refused: ${detail}`);
  }
  return answer.body;
}
