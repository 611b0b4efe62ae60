import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError } from '../cli/cliError.js';
import type { CliIo } from '../cli/io.js';
import { openDatabase } from '../store/database.js';
import { runPostgresTool } from './postgresTools.js';
import { askServer, assertEmbeddedDatabase, configFrom, runningServer, type DatabaseOptions } from './target.js';

export interface BackupOptions extends DatabaseOptions {
  /** A file, or - for standard output. */
  output?: string;
}

/**
 * `licensehub-server backup`: a consistent snapshot of the database. The
 * embedded database is copied by the server that runs on it (through its
 * control socket) or, when none runs, straight from the folder; PostgreSQL is
 * dumped with pg_dump (custom format, for pg_restore). Files are written 0600
 * under a temporary name and renamed when complete.
 */
export async function backup(options: BackupOptions, io: CliIo, stdout: Writable): Promise<number> {
  const config = configFrom(io, options);
  const started = performance.now();
  const toStdout = options.output === '-';
  const say = (text: string) => (toStdout ? io.stderr : io.stdout).write(text);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

  if (config.database.kind === 'postgres') {
    const url = config.database.url;
    const path = toStdout ? null : resolve(io.cwd, options.output ?? `licensehub-backup-${stamp}.pgdump`);
    if (!path) {
      await runPostgresTool('pg_dump', url, ['--format=custom'], stdout);
    } else {
      await writeAtomically(path, (partial) => runPostgresTool('pg_dump', url, ['--format=custom', '--file', partial]));
    }
    say(`Backup of the PostgreSQL database written to ${path ?? 'standard output'} in ${seconds(started)} s (pg_dump, custom format).\n`);
    return 0;
  }

  const dataDir = config.database.dataDir!;
  const path = toStdout ? null : resolve(io.cwd, options.output ?? `licensehub-backup-${stamp}.tar.gz`);
  if (path && isInside(path, dataDir)) throw new CliError(`write the backup outside the data folder ${dataDir} (the next backup would copy it again)`);
  const server = await runningServer(io, dataDir);
  let archive: Uint8Array;
  if (server) {
    archive = (await askServer(server, 'POST', '/backup')) as Buffer;
  } else {
    assertEmbeddedDatabase(dataDir);
    const database = await openDatabase(config.database);
    try {
      archive = await database.backup();
    } finally {
      await database.close();
    }
  }
  if (!path) {
    await new Promise<void>((done, fail) => stdout.write(archive, (error) => (error ? fail(error) : done())));
  } else {
    await writeAtomically(path, async (partial) => writeFileSync(partial, archive, { mode: 0o600 }));
  }
  const from = server ? `through the running server (pid ${server.pid})` : 'from the folder (no server running)';
  say(`Backup of ${dataDir} written to ${path ?? 'standard output'} (${(archive.byteLength / 1e6).toFixed(1)} MB) in ${seconds(started)} s, ${from}.\n`);
  return 0;
}

async function writeAtomically(path: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await write(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);
