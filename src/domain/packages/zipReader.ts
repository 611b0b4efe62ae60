import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MiB, formatSize } from './byteSize.js';
import { entryCollisionKey, isDirectoryEntry, unsafeEntryPathReason } from './zipEntryPath.js';
import { ZipRefusedError } from './zipRefusal.js';

/**
 * Reads an uploaded zip without trusting it. yauzl reads the archive's
 * structure; our limits sit on top: every entry is vetted from the central
 * directory before anything is inflated (names, types, declared sizes,
 * compression ratio, of each entry and of the whole archive), then each entry
 * is inflated as a stream and stopped as soon as it produces more than its
 * header declared, so a lying header cannot make us hold more than the limits.
 */

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed / compressed; ordinary files stay far below it, zip bombs reach 1000. */
  maxCompressionRatio: number;
  /** Entries (and archives) smaller than this skip the ratio check: a small repetitive file is harmless. */
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
const UTF8_NAME_FLAG = 0x0800;
const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;
const ACCEPTED_TYPES = new Set([0, 0o100000, 0o040000]); // unset (DOS), regular file, directory
const END_RECORD_SIZE = 22;

/** An entry as read from the central directory, its name decoded and vetted. */
interface VettedEntry {
  name: string;
  entry: Entry;
}

/** Throws ZipRefusedError, naming the entry, for the first thing that makes the archive unsafe or unreadable. */
export async function readZipArchive(zip: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipContents> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const zipFile = await open(buffer);
  try {
    const directory = endRecord(buffer, zipFile);
    if (zipFile.entryCount > limits.maxEntries) {
      throw new ZipRefusedError('archive.too_many_entries', `The archive has ${zipFile.entryCount} entries; a package may have at most ${limits.maxEntries}`);
    }
    const entries = await readEntries(zipFile, directory.size);
    vetEntries(entries, limits);
    vetArchiveRatio(entries, buffer.length, limits);
    const files = new Map<string, Uint8Array>();
    const directories: string[] = [];
    for (const { name, entry } of entries) {
      if (isDirectoryEntry(name)) {
        directories.push(name);
        continue;
      }
      await checkLocalHeader(zipFile, entry, name, directory.offset);
      const bytes = await readEntry(zipFile, entry, name);
      if (crc32(bytes) !== entry.crc32) throw new ZipRefusedError('archive.corrupt', `Entry "${name}" is damaged (CRC mismatch)`, name);
      files.set(name, bytes);
    }
    return { files, directories };
  } finally {
    zipFile.close();
  }
}

async function open(buffer: Buffer): Promise<ZipFile> {
  try {
    // Names stay bytes (we decode them strictly below); sizes are checked by us, with messages naming the entry.
    return await yauzl.fromBufferPromise(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false });
  } catch (error) {
    throw refusalOf(error);
  }
}

/** yauzl's reasons for refusing an archive as a whole, in our words. */
function refusalOf(error: unknown): ZipRefusedError {
  if (error instanceof ZipRefusedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/signature not found|Invalid comment length/.test(message)) return new ZipRefusedError('archive.not_zip', 'The file is not a zip archive (no end of central directory record)');
  if (/multi-disk/.test(message)) return new ZipRefusedError('archive.unsupported', 'Split (multi-disk) archives are not supported');
  if (/strong encryption/.test(message)) return new ZipRefusedError('archive.unsupported', 'The archive is encrypted; packages must not be password-protected');
  return new ZipRefusedError('archive.corrupt', `The archive is damaged (${message})`);
}

/**
 * The central directory's declared size and offset, read from the end record
 * yauzl found (it sits right before the comment). ZIP64 is refused: a package
 * is far below 4 GiB, and one format is one set of checks.
 */
function endRecord(buffer: Buffer, zipFile: ZipFile): { size: number; offset: number } {
  const commentLength = (zipFile.comment as unknown as Buffer).length;
  const at = buffer.length - END_RECORD_SIZE - commentLength;
  const count = buffer.readUInt16LE(at + 10);
  const size = buffer.readUInt32LE(at + 12);
  const offset = buffer.readUInt32LE(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipRefusedError('archive.unsupported', 'ZIP64 archives are not supported; a package is far smaller than 4 GiB, so save it as a regular zip');
  }
  if (buffer.readUInt16LE(at + 8) !== count) throw new ZipRefusedError('archive.unsupported', 'Split (multi-disk) archives are not supported');
  if (offset + size > at) throw new ZipRefusedError('archive.corrupt', 'The central directory lies outside the archive');
  return { size, offset };
}

async function readEntries(zipFile: ZipFile, declaredSize: number): Promise<VettedEntry[]> {
  const entries: VettedEntry[] = [];
  let recordBytes = 0;
  try {
    for await (const entry of zipFile.eachEntry()) {
      entries.push({ name: decodeName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag), entry });
      recordBytes += 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength;
    }
  } catch (error) {
    if (/central directory file header signature/.test(String(error))) throw new ZipRefusedError('archive.corrupt', `Central directory record ${entries.length + 1} is damaged`);
    throw refusalOf(error);
  }
  // Records beyond the declared count would be invisible to us but not to other unzip tools.
  if (recordBytes !== declaredSize) throw new ZipRefusedError('archive.corrupt', 'The central directory size does not match its entries');
  return entries;
}

/** Names are UTF-8 when flagged; unflagged names are accepted when they are ASCII or valid UTF-8 (what most tools write). */
function decodeName(bytes: Buffer, flags: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const hint = flags & UTF8_NAME_FLAG ? '' : ' (it may be in a legacy code page; re-create the zip with UTF-8 names)';
    throw new ZipRefusedError('archive.unsafe_path', `An entry name is not valid UTF-8${hint}`);
  }
}

function vetEntries(entries: readonly VettedEntry[], limits: ZipLimits): void {
  const seen = new Map<string, string>();
  let total = 0;
  for (const { name, entry } of entries) {
    const unsafe = unsafeEntryPathReason(name);
    if (unsafe) throw new ZipRefusedError('archive.unsafe_path', `Entry "${name}" ${unsafe}`, name);
    const earlier = seen.get(entryCollisionKey(name));
    if (earlier !== undefined) {
      const same = earlier === name ? 'appears twice' : `collides with "${earlier}" (names are compared ignoring case)`;
      throw new ZipRefusedError('archive.duplicate_entry', `Entry "${name}" ${same}`, name);
    }
    seen.set(entryCollisionKey(name), name);

    const fileType = (entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK;
    if (fileType === SYMLINK_TYPE) throw new ZipRefusedError('archive.symlink', `Entry "${name}" is a symbolic link; packages may contain only files`, name);
    if (!ACCEPTED_TYPES.has(fileType)) throw new ZipRefusedError('archive.unsupported', `Entry "${name}" is a special file; packages may contain only files`, name);
    if (entry.generalPurposeBitFlag & ENCRYPTED_FLAGS) throw new ZipRefusedError('archive.unsupported', `Entry "${name}" is encrypted; packages must not be password-protected`, name);
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
      throw new ZipRefusedError('archive.unsupported', `Entry "${name}" uses compression method ${entry.compressionMethod}; only stored and deflate are supported`, name);
    }
    if (isDirectoryEntry(name) && entry.uncompressedSize !== 0) throw new ZipRefusedError('archive.corrupt', `Directory entry "${name}" has content`, name);
    if (entry.compressionMethod === STORED && entry.compressedSize !== entry.uncompressedSize) {
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

/**
 * The same ratio for the archive as a whole: many small entries of zeros
 * (each under the per-entry threshold) would otherwise cost seconds of
 * inflating for a few hundred kilobytes uploaded.
 */
function vetArchiveRatio(entries: readonly VettedEntry[], archiveBytes: number, limits: ZipLimits): void {
  const total = entries.reduce((sum, { entry }) => sum + entry.uncompressedSize, 0);
  const ratio = total / Math.max(archiveBytes, 1);
  if (total >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
    throw new ZipRefusedError(
      'archive.compression_ratio',
      `The archive expands ${Math.round(ratio)} times (${formatSize(archiveBytes)} to ${formatSize(total)}); at most ${limits.maxCompressionRatio} is accepted`,
    );
  }
}

/**
 * The local header must repeat the central directory's name (tools that read
 * local headers would otherwise extract a different file than the one we
 * checked), and the entry's data must end before the central directory.
 */
async function checkLocalHeader(zipFile: ZipFile, entry: Entry, name: string, directoryOffset: number): Promise<void> {
  let header;
  try {
    header = await zipFile.readLocalFileHeaderPromise(entry);
  } catch (error) {
    if (/overflows file bounds/.test(String(error))) throw new ZipRefusedError('archive.corrupt', `The data of entry "${name}" runs past the end of the archive`, name);
    throw new ZipRefusedError('archive.corrupt', `The local header of entry "${name}" is missing or damaged`, name);
  }
  if (!header.fileName.equals(entry.fileName as unknown as Buffer)) {
    throw new ZipRefusedError('archive.corrupt', `Entry "${name}" has a different name in its local header`, name);
  }
  if (header.fileDataStart + entry.compressedSize > directoryOffset) {
    throw new ZipRefusedError('archive.corrupt', `The data of entry "${name}" runs past the end of the archive`, name);
  }
}

/** Reads (inflating when deflated) an entry into a buffer of its declared size, refusing it the moment it produces more. */
async function readEntry(zipFile: ZipFile, entry: Entry, name: string): Promise<Uint8Array> {
  const declared = entry.uncompressedSize;
  const output = Buffer.alloc(declared);
  let written = 0;
  let stream: Readable | null = null;
  try {
    stream = await zipFile.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (written + chunk.length > declared) {
        throw new ZipRefusedError('archive.size_mismatch', `Entry "${name}" expands past the ${formatSize(declared)} its header declares; decompression was stopped`, name);
      }
      chunk.copy(output, written);
      written += chunk.length;
    }
  } catch (error) {
    if (error instanceof ZipRefusedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ZipRefusedError('archive.corrupt', `Entry "${name}" could not be decompressed (${reason})`, name);
  } finally {
    stream?.destroy();
  }
  if (written !== declared) throw new ZipRefusedError('archive.corrupt', `Entry "${name}" expands to ${written} bytes but its header declares ${declared}`, name);
  return output;
}
