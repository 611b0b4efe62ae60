import type { CliIo } from '../io.js';
import { ApiClient } from './apiClient.js';
import { normalizeServer, saveConnection } from './connection.js';

export interface LoginOptions {
  server: string;
  token: string;
}

/** `licensehub login`: checks the token against the server, then remembers both. */
export async function login(options: LoginOptions, io: CliIo): Promise<number> {
  const connection = { server: normalizeServer(options.server), token: options.token.trim() };
  const me = await new ApiClient(connection).whoAmI();
  const path = await saveConnection(io.env, connection);
  io.stdout.write(`Logged in to ${connection.server} as ${me.user.displayName} (${me.user.userPrincipalName}) of ${me.tenant.displayName}\nSaved to ${path}\n`);
  return 0;
}
