import { closeSync, chmodSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * The embedded database's data folder has one owner at a time. Two processes
 * on one PGlite folder each believe they own it, and the one that stops last
 * overwrites the other's writes; so the first to start writes a lock file
 * (as PostgreSQL writes postmaster.pid) and a second process stops at once,
 * naming the holder. A lock left by a process that no longer runs — killed,
 * or from before a reboot — is taken over.
 *
 * Node has no flock(); an O_EXCL file with the holder's PID, boot id and
 * process start time (so a reused PID is not mistaken for the holder) is the
 * portable equivalent. The folder holds the token-signing keys' database,
 * so everything in it is readable by its owner only.
 */
export const LOCK_FILE = 'licensehub.lock';

export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${folder} is in use by another LicenseHub process (PID ${holderPid}${holderPid === process.pid ? ', this very process' : ''}). ` +
        'Stop that process first, or point LICENSEHUB_DATA_DIR at another folder.',
    );
  }
}

interface Holder {
  pid: number;
  host: string;
  bootId: string | null;
  startTicks: string | null;
}

export interface DataFolderLock {
  release(): void;
}

/** Creates the folder (0700) if needed and takes its lock, or throws DataFolderInUse. */
export function lockDataFolder(folder: string): DataFolderLock {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), bootId: bootId(), startTicks: startTicks(process.pid) };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me) + '\n');
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readHolder(path)?.pid === me.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder && holderRuns(holder, me)) throw new DataFolderInUse(folder, holder.pid);
    // The holder is gone (killed, crashed, or from before a reboot): its lock is stale.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`Could not take the lock file ${path}; another process keeps creating it`);
}

/** Everything in the folder readable by its owner only: files 0600, folders 0700. */
export function restrictPermissions(folder: string): void {
  if (!existsSync(folder)) return;
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if ((stat.mode & 0o077) !== 0) {
      chmodSync(path, stat.mode & 0o700 & ~0o100);
    }
  };
  walk(folder);
}

function readHolder(path: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number'
      ? { pid: holder.pid, host: String(holder.host ?? ''), bootId: holder.bootId ?? null, startTicks: holder.startTicks ?? null }
      : null;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

function holderRuns(holder: Holder, me: Holder): boolean {
  // A folder shared over the network with another machine: we cannot see its processes, so we trust the lock.
  if (holder.host !== me.host) return true;
  if (holder.bootId && me.bootId && holder.bootId !== me.bootId) return false;
  if (holder.pid === me.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The PID runs; it is the holder only if it started when the holder did.
  const ticks = startTicks(holder.pid);
  return !(holder.startTicks && ticks && ticks !== holder.startTicks);
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot (Linux only). */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
