import { Inflate } from 'fflate';
import { MiB, formatSize } from './byteSize.js';
import { crc32 } from './crc32.js';
import { entryDataRange, readCentralDirectory, type CentralDirectoryEntry } from './zipCentralDirectory.js';
import { entryCollisionKey, isDirectoryEntry, unsafeEntryPathReason } from './zipEntryPath.js';
import { ZipRefusedError } from './zipRefusal.js';

/**
 * Reads an uploaded zip without trusting it. Every entry is vetted from the
 * central directory before anything is inflated (names, types, declared sizes,
 * compression ratio), then each entry is inflated in small steps and stopped
 * as soon as it produces more than its header declared, so a lying header
 * cannot make us allocate more than the limits allow.
 */

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed / compressed; ordinary files stay far below it, zip bombs reach 1000. */
  maxCompressionRatio: number;
  /** Entries smaller than this skip the ratio check: a small repetitive file is harmless. */
  ratioCheckMinBytes: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 1000,
  maxEntryBytes: 10 * MiB,
  maxTotalBytes: 50 * MiB,
  maxCompressionRatio: 100,
  ratioCheckMinBytes: 1 * MiB,
});

export interface ZipContents {
  /** File entries by name; names are vetted relative paths with "/" separators. */
  files: Map<string, Uint8Array>;
  directories: string[];
}

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAGS = 0x0001 | 0x0040;
const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;
const ACCEPTED_TYPES = new Set([0, 0o100000, 0o040000]); // unset (DOS), regular file, directory

/** Throws ZipRefusedError, naming the entry, for the first thing that makes the archive unsafe or unreadable. */
export function readZipArchive(zip: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipContents {
  const directory = readCentralDirectory(zip, limits.maxEntries);
  vetEntries(directory.entries, limits);
  const files = new Map<string, Uint8Array>();
  const directories: string[] = [];
  for (const entry of directory.entries) {
    if (isDirectoryEntry(entry.name)) {
      directories.push(entry.name);
      continue;
    }
    const { start, end } = entryDataRange(zip, entry, directory.offset);
    const data = zip.subarray(start, end);
    const bytes = entry.method === STORED ? data.slice() : inflateAtMost(data, entry);
    if (crc32(bytes) !== entry.crc32) throw new ZipRefusedError('archive.corrupt', `Entry "${entry.name}" is damaged (CRC mismatch)`, entry.name);
    files.set(entry.name, bytes);
  }
  return { files, directories };
}

function vetEntries(entries: readonly CentralDirectoryEntry[], limits: ZipLimits): void {
  const seen = new Map<string, string>();
  let total = 0;
  for (const entry of entries) {
    const { name } = entry;
    const unsafe = unsafeEntryPathReason(name);
    if (unsafe) throw new ZipRefusedError('archive.unsafe_path', `Entry "${name}" ${unsafe}`, name);
    const earlier = seen.get(entryCollisionKey(name));
    if (earlier !== undefined) {
      const same = earlier === name ? 'appears twice' : `collides with "${earlier}" (names are compared ignoring case)`;
      throw new ZipRefusedError('archive.duplicate_entry', `Entry "${name}" ${same}`, name);
    }
    seen.set(entryCollisionKey(name), name);

    const fileType = (entry.externalAttributes >>> 16) & FILE_TYPE_MASK;
    if (fileType === SYMLINK_TYPE) throw new ZipRefusedError('archive.symlink', `Entry "${name}" is a symbolic link; packages may contain only files`, name);
    if (!ACCEPTED_TYPES.has(fileType)) throw new ZipRefusedError('archive.unsupported', `Entry "${name}" is a special file; packages may contain only files`, name);
    if (entry.flags & ENCRYPTED_FLAGS) throw new ZipRefusedError('archive.unsupported', `Entry "${name}" is encrypted; packages must not be password-protected`, name);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new ZipRefusedError('archive.unsupported', `Entry "${name}" uses compression method ${entry.method}; only stored and deflate are supported`, name);
    }
    if (isDirectoryEntry(name) && entry.uncompressedSize !== 0) throw new ZipRefusedError('archive.corrupt', `Directory entry "${name}" has content`, name);
    if (entry.method === STORED && entry.compressedSize !== entry.uncompressedSize) {
      throw new ZipRefusedError('archive.corrupt', `Stored entry "${name}" declares ${entry.uncompressedSize} bytes but holds ${entry.compressedSize}`, name);
    }

    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new ZipRefusedError('archive.entry_too_large', `Entry "${name}" is ${formatSize(entry.uncompressedSize)}; a file may be at most ${formatSize(limits.maxEntryBytes)}`, name);
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw new ZipRefusedError('archive.too_large', `The archive expands to more than ${formatSize(limits.maxTotalBytes)} (reached at entry "${name}")`, name);
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
      throw new ZipRefusedError(
        'archive.compression_ratio',
        `Entry "${name}" expands ${Math.round(ratio)} times (${formatSize(entry.compressedSize)} to ${formatSize(entry.uncompressedSize)}); at most ${limits.maxCompressionRatio} is accepted`,
        name,
      );
    }
  }
}

// fflate inflates everything pushed at once, up to ~1032x its size; feeding
// 4 KiB at a time bounds the overshoot past the cap to about 4 MiB.
const INFLATE_STEP = 4 * 1024;

/** Inflates an entry into a buffer of its declared size, refusing it the moment it produces more. */
function inflateAtMost(compressed: Uint8Array, entry: CentralDirectoryEntry): Uint8Array {
  const declared = entry.uncompressedSize;
  const output = new Uint8Array(declared);
  let written = 0;
  let overflowed = false;
  const inflater = new Inflate((chunk) => {
    if (overflowed) return;
    if (written + chunk.length > declared) {
      overflowed = true;
      return;
    }
    output.set(chunk, written);
    written += chunk.length;
  });
  try {
    let offset = 0;
    do {
      const next = Math.min(offset + INFLATE_STEP, compressed.length);
      inflater.push(compressed.subarray(offset, next), next === compressed.length);
      offset = next;
    } while (offset < compressed.length && !overflowed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ZipRefusedError('archive.corrupt', `Entry "${entry.name}" could not be decompressed (${reason})`, entry.name);
  }
  if (overflowed) {
    throw new ZipRefusedError(
      'archive.size_mismatch',
      `Entry "${entry.name}" expands past the ${formatSize(declared)} its header declares; decompression was stopped`,
      entry.name,
    );
  }
  if (written !== declared) {
    throw new ZipRefusedError('archive.corrupt', `Entry "${entry.name}" expands to ${written} bytes but its header declares ${declared}`, entry.name);
  }
  return output;
}
