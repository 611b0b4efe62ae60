import { ZipRefusedError } from './zipRefusal.js';

/**
 * Reads a zip's central directory (APPNOTE.TXT 4.3.12–4.3.16): the list of
 * entries with their declared sizes, flags and attributes. Nothing is
 * decompressed here, so every limit can be checked before any inflation.
 * ZIP64 and multi-disk archives are refused: a package is far below 4 GiB.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const UTF8_NAME_FLAG = 0x0800;

export interface CentralDirectoryEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Unix mode in the high 16 bits when the archive was made on a Unix-like system. */
  externalAttributes: number;
  localHeaderOffset: number;
}

export interface CentralDirectory {
  entries: CentralDirectoryEntry[];
  /** Where the central directory starts: every entry's data must end before it. */
  offset: number;
}

export function readCentralDirectory(zip: Uint8Array, maxEntries: number): CentralDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndRecord(view);
  const diskNumber = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const entriesOnDisk = view.getUint16(end + 8, true);
  const entryCount = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipRefusedError('archive.unsupported', 'ZIP64 archives are not supported; a package is far smaller than 4 GiB, so save it as a regular zip');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    throw new ZipRefusedError('archive.unsupported', 'Split (multi-disk) archives are not supported');
  }
  if (entryCount > maxEntries) {
    throw new ZipRefusedError('archive.too_many_entries', `The archive has ${entryCount} entries; a package may have at most ${maxEntries}`);
  }
  if (offset + size > end) throw new ZipRefusedError('archive.corrupt', 'The central directory lies outside the archive');

  const entries: CentralDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_DIRECTORY_HEADER) {
      throw new ZipRefusedError('archive.corrupt', `Central directory record ${i + 1} is damaged`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    const flags = view.getUint16(at + 8, true);
    const entry: CentralDirectoryEntry = {
      name: decodeName(nameBytes, flags),
      nameBytes,
      flags,
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      externalAttributes: view.getUint32(at + 38, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw new ZipRefusedError('archive.unsupported', `Entry "${entry.name}" uses ZIP64 sizes, which are not supported`, entry.name);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  // Records beyond the declared count would be invisible to us but not to other unzip tools.
  if (at !== offset + size) throw new ZipRefusedError('archive.corrupt', 'The central directory size does not match its entries');
  return { entries, offset };
}

/**
 * Where an entry's compressed bytes are. The local header must repeat the
 * central directory's name: tools that read local headers would otherwise
 * extract a different file than the one we checked.
 */
export function entryDataRange(zip: Uint8Array, entry: CentralDirectoryEntry, directoryOffset: number): { start: number; end: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > directoryOffset || view.getUint32(header, true) !== LOCAL_FILE_HEADER) {
    throw new ZipRefusedError('archive.corrupt', `The local header of entry "${entry.name}" is missing or damaged`, entry.name);
  }
  const nameLength = view.getUint16(header + 26, true);
  const extraLength = view.getUint16(header + 28, true);
  const localName = zip.subarray(header + 30, header + 30 + nameLength);
  if (!sameBytes(localName, entry.nameBytes)) {
    throw new ZipRefusedError('archive.corrupt', `Entry "${entry.name}" has a different name in its local header`, entry.name);
  }
  const start = header + 30 + nameLength + extraLength;
  const end = start + entry.compressedSize;
  if (end > directoryOffset) throw new ZipRefusedError('archive.corrupt', `The data of entry "${entry.name}" runs past the end of the archive`, entry.name);
  return { start, end };
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY && at + END_RECORD_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  throw new ZipRefusedError('archive.not_zip', 'The file is not a zip archive (no end of central directory record)');
}

/** Names are UTF-8 when flagged; unflagged names are accepted when they are ASCII or valid UTF-8 (what most tools write). */
function decodeName(bytes: Uint8Array, flags: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const hint = flags & UTF8_NAME_FLAG ? '' : ' (it may be in a legacy code page; re-create the zip with UTF-8 names)';
    throw new ZipRefusedError('archive.unsafe_path', `An entry name is not valid UTF-8${hint}`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
