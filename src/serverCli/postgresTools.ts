import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { CliError } from '../cli/cliError.js';

/**
 * PostgreSQL's own pg_dump and pg_restore, which take consistent snapshots of
 * a live database and know every object type; the password travels in
 * PGPASSWORD, not on a command line that `ps` shows.
 */
export async function runPostgresTool(tool: 'pg_dump' | 'pg_restore', databaseUrl: string, args: string[], stdout?: Writable): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const child = spawn(tool, ['--dbname', url.toString(), ...args], { env, stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  if (stdout) child.stdout!.pipe(stdout, { end: false });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new CliError(`${tool} was not found: install PostgreSQL's client tools (Debian: postgresql-client) of the server's major version or newer`)
          : error,
      ),
    );
    child.once('close', resolve);
  });
  if (code !== 0) throw new CliError(`${tool} failed (exit ${code}): ${stderr.trim() || 'no message'}`);
}
