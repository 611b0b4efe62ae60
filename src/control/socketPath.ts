import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a server on an embedded data folder listens for `licensehub-server`
 * commands run beside it (backup, create-operator, rotate-signing-key): a Unix
 * socket in a folder only this user may enter, as tmux keeps its sockets
 * (`$TMPDIR/licensehub-<uid>/`, mode 0700, checked to be ours before use). It
 * is not inside the data folder because the embedded database's backup copies
 * that folder file by file and cannot copy a socket. The name comes from the
 * data folder's real path, so each folder has its own; LICENSEHUB_CONTROL_SOCKET
 * names another path.
 */
export function controlSocketPath(dataDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.LICENSEHUB_CONTROL_SOCKET) return env.LICENSEHUB_CONTROL_SOCKET;
  if (typeof process.getuid !== 'function') return null; // no Unix sockets to protect this way (Windows)
  let folder: string;
  try {
    folder = realpathSync(dataDir);
  } catch {
    return null; // no data folder, so no server on it
  }
  const name = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  return join(tmpdir(), `licensehub-${process.getuid()}`, `${name}.sock`);
}

/**
 * Creates the socket's folder if needed and checks that it is a folder of this
 * user that nobody else can enter; otherwise says why not (another user could
 * have made it to listen in our place).
 */
export function privateSocketFolderProblem(folder: string, create: boolean): string | null {
  if (create) mkdirSync(folder, { recursive: true, mode: 0o700 });
  let stat;
  try {
    stat = lstatSync(folder);
  } catch {
    return `${folder} does not exist`;
  }
  if (!stat.isDirectory()) return `${folder} is not a folder`;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return `${folder} belongs to another user (uid ${stat.uid})`;
  if ((stat.mode & 0o077) !== 0) return `${folder} can be entered by other users (mode ${(stat.mode & 0o777).toString(8)}); it must be 700`;
  return null;
}
