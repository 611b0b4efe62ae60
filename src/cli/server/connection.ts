import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { isRecord } from '../jsonShape.js';

/**
 * Where the CLI finds its server and API token: LICENSEHUB_SERVER and
 * LICENSEHUB_TOKEN win (CI), else the file `licensehub login` wrote:
 * `$LICENSEHUB_CONFIG_DIR/config.json`, default ~/.config/licensehub/config.json,
 * readable by its owner only since it holds a token.
 */
export interface Connection {
  server: string;
  token: string;
}

export function configPath(env: CliIo['env']): string {
  const dir = env.LICENSEHUB_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'licensehub');
  return join(dir, 'config.json');
}

export async function saveConnection(env: CliIo['env'], connection: Connection): Promise<string> {
  const path = configPath(env);
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(connection, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return path;
}

async function savedConnection(env: CliIo['env']): Promise<Partial<Connection>> {
  const path = configPath(env);
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not valid JSON; run "licensehub login" again`);
  }
  if (!isRecord(value)) return {};
  return { ...(typeof value.server === 'string' ? { server: value.server } : {}), ...(typeof value.token === 'string' ? { token: value.token } : {}) };
}

export async function loadConnection(env: CliIo['env']): Promise<Connection> {
  const saved = await savedConnection(env);
  const server = env.LICENSEHUB_SERVER || saved.server;
  const token = env.LICENSEHUB_TOKEN || saved.token;
  if (!server || !token) {
    throw new CliError('Not logged in: run "licensehub login --server <url> --token <API token>", or set LICENSEHUB_SERVER and LICENSEHUB_TOKEN');
  }
  return { server: normalizeServer(server), token };
}

export function normalizeServer(server: string): string {
  const url = URL.canParse(server) ? new URL(server) : null;
  if (!url || !/^https?:$/.test(url.protocol)) throw new CliError(`Server "${server}" must be an http:// or https:// URL, such as https://licensehub.example.com`);
  return url.toString().replace(/\/+$/, '');
}
