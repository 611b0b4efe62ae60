import type { CliIo } from '../cli/io.js';
import { runServer } from '../main.js';
import { configFrom, type DatabaseOptions } from './target.js';

export interface StartOptions extends DatabaseOptions {
  port?: string;
  host?: string;
}

/** `licensehub-server start`: the same server as `npm start`, configured by the environment and these options. */
export async function start(options: StartOptions, io: CliIo): Promise<number> {
  const extra: Record<string, string> = {};
  if (options.port !== undefined) extra.PORT = options.port;
  if (options.host !== undefined) extra.HOST = options.host;
  await runServer(configFrom(io, options, extra));
  return 0;
}
