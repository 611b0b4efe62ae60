import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32 } from 'node:zlib';
import { Deflate, deflateSync, inflateSync, zipSync } from 'fflate';
import { DEFAULT_ZIP_LIMITS, readZipArchive } from './zipReader.js';
import { ZipRefusedError, type ZipRefusalCode } from './zipRefusal.js';

const MiB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);

/**
 * A hand-written zip, so tests can build what no honest tool writes: lying
 * sizes, traversal names, symlinks, duplicates, names that differ between the
 * local header and the central directory.
 */
interface RawEntry {
  name: string | Uint8Array;
  /** The bytes stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8 | number;
  crc: number;
  uncompressedSize: number;
  externalAttributes?: number;
  flags?: number;
  localName?: string;
}

function rawZip(entries: RawEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? text(entry.name) : entry.name;
    const localName = entry.localName === undefined ? name : text(entry.localName);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, entry.flags ?? 0x0800, true);
    local.setUint16(8, entry.method, true);
    local.setUint16(12, 0x21, true); // 1980-01-01
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.uncompressedSize, true);
    local.setUint16(26, localName.length, true);
    parts.push(new Uint8Array(local.buffer), localName, entry.data);

    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 0x031e, true); // made by Unix, so the mode bits count
    record.setUint16(6, 20, true);
    record.setUint16(8, entry.flags ?? 0x0800, true);
    record.setUint16(10, entry.method, true);
    record.setUint16(14, 0x21, true);
    record.setUint32(16, entry.crc, true);
    record.setUint32(20, entry.data.length, true);
    record.setUint32(24, entry.uncompressedSize, true);
    record.setUint16(28, name.length, true);
    record.setUint32(38, entry.externalAttributes ?? (0o100644 << 16) >>> 0, true);
    record.setUint32(42, offset, true);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + localName.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, options.declaredCount ?? entries.length, true);
  end.setUint16(10, options.declaredCount ?? entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const stored = (name: string, bytes: Uint8Array, extra: Partial<RawEntry> = {}): RawEntry => ({ name, data: bytes, method: 0, crc: crc32(bytes), uncompressedSize: bytes.length, ...extra });
const deflated = (name: string, bytes: Uint8Array, extra: Partial<RawEntry> = {}): RawEntry => ({ name, data: deflateSync(bytes), method: 8, crc: crc32(bytes), uncompressedSize: bytes.length, ...extra });

/**
 * A deflate stream of `mebibytes` MiB of zeros, built with fflate's streaming
 * Deflate: after a sync flush, the block for the second MiB refers only to
 * earlier zeros, so repeating it makes a stream of any length from ~1 KiB per
 * MiB without ever holding the zeros in memory.
 */
function zerosDeflated(mebibytes: number): Uint8Array {
  const blocks: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => pending.push(chunk));
  const zeros = new Uint8Array(MiB);
  const take = () => {
    const block = concat(pending);
    pending = [];
    return block;
  };
  deflate.push(zeros);
  deflate.flush(true);
  const first = take();
  deflate.push(zeros);
  deflate.flush(true);
  const repeat = take();
  deflate.push(new Uint8Array(0), true);
  const last = take();
  for (let i = 1; i < mebibytes; i++) blocks.push(repeat);
  return concat([first, ...blocks, last]);
}

async function assertRefused(zip: Uint8Array, code: ZipRefusalCode, message: RegExp, limits = DEFAULT_ZIP_LIMITS): Promise<ZipRefusedError> {
  let refusal: unknown;
  await assert.rejects(readZipArchive(zip, limits), (error: unknown) => {
    refusal = error;
    return error instanceof ZipRefusedError;
  });
  const error = refusal as ZipRefusedError;
  assert.equal(error.code, code, error.message);
  assert.match(error.message, message);
  return error;
}

test('reads files and folders of an ordinary zip', async () => {
  const zip = zipSync({ 'solution.json': text('{}'), components: { 'forms.xml': text('<forms/>'), empty: {} } });
  const contents = await readZipArchive(zip);
  assert.deepEqual([...contents.files.keys()].sort(), ['components/forms.xml', 'solution.json']);
  assert.equal(new TextDecoder().decode(contents.files.get('components/forms.xml')), '<forms/>');
  assert.deepEqual(contents.directories.sort(), ['components/', 'components/empty/']);
});

test('the default limits are the documented ones', async () => {
  assert.deepEqual({ ...DEFAULT_ZIP_LIMITS }, { maxEntries: 1000, maxEntryBytes: 10 * MiB, maxTotalBytes: 50 * MiB, maxCompressionRatio: 100, ratioCheckMinBytes: MiB });
});

test('entries whose path escapes the package folder or is not portable are refused, naming the entry', async () => {
  const cases: [string, RegExp][] = [
    ['../evil', /"\.\.\/evil" contains a "\.\." segment, which escapes the package folder/],
    ['components/../../evil.sh', /"components\/\.\.\/\.\.\/evil\.sh" contains a "\.\." segment/],
    ['/etc/passwd', /"\/etc\/passwd" is an absolute path/],
    ['C:/Windows/evil.dll', /"C:\/Windows\/evil\.dll" starts with a drive letter/],
    ['c:evil', /drive letter/],
    ['components\\..\\evil', /uses backslashes/],
    ['solution.json:hidden', /not allowed in file names/],
    ['components/a\u0000b', /control characters/],
    ['components//x', /empty or "\." path segment/],
    ['./solution.json', /empty or "\." path segment/],
  ];
  for (const [name, message] of cases) {
    const error = await assertRefused(rawZip([stored(name, text('x'))]), 'archive.unsafe_path', message);
    assert.equal(error.entry, name);
  }
});

test('an entry name that is not UTF-8 is refused', async () => {
  await assertRefused(rawZip([stored('x', text('x'), { name: Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), flags: 0 })]), 'archive.unsafe_path', /not valid UTF-8/);
});

test('symbolic links and special files are refused', async () => {
  const symlink = stored('components/link', text('/etc/passwd'), { externalAttributes: (0o120777 << 16) >>> 0 });
  await assertRefused(rawZip([symlink]), 'archive.symlink', /"components\/link" is a symbolic link/);
  const fifo = stored('components/pipe', new Uint8Array(0), { externalAttributes: (0o010644 << 16) >>> 0 });
  await assertRefused(rawZip([fifo]), 'archive.unsupported', /special file/);
});

test('duplicate entry names are refused, including ones that differ only by case', async () => {
  await assertRefused(rawZip([stored('solution.json', text('{}')), stored('solution.json', text('{"evil":1}'))]), 'archive.duplicate_entry', /"solution\.json" appears twice/);
  await assertRefused(rawZip([stored('solution.json', text('{}')), stored('Solution.json', text('{}'))]), 'archive.duplicate_entry', /"Solution\.json" collides with "solution\.json"/);
});

test('more than 1,000 entries are refused before anything is read', async () => {
  const tooMany = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`components/f${i}.txt`, new Uint8Array(0)]));
  await assertRefused(zipSync(tooMany), 'archive.too_many_entries', /has 1001 entries; a package may have at most 1000/);
  const justEnough = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`components/f${i}.txt`, new Uint8Array(0)]));
  assert.equal((await readZipArchive(zipSync(justEnough))).files.size, 1000);
});

test('an entry over 10 MiB is refused from its declared size, before inflating', async () => {
  const eleven: RawEntry = { name: 'components/big.bin', data: zerosDeflated(11), method: 8, crc: 0, uncompressedSize: 11 * MiB };
  await assertRefused(rawZip([eleven]), 'archive.entry_too_large', /"components\/big\.bin" is 11\.0 MiB; a file may be at most 10\.0 MiB/);
});

test('archives that expand past the total bound are refused', async () => {
  const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
  const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 100 * 1024 };
  const zip = rawZip([stored('components/a', random(40 * 1024)), stored('components/b', random(40 * 1024)), stored('components/c', random(40 * 1024))]);
  await assertRefused(zip, 'archive.too_large', /expands to more than 100\.0 KiB \(reached at entry "components\/c"\)/, limits);
  assert.equal((await readZipArchive(zip, { ...limits, maxTotalBytes: 120 * 1024 })).files.size, 3);
});

test('a 200 MiB zip bomb with an honest header is refused without inflating', async () => {
  const bomb: RawEntry = { name: 'components/bomb.bin', data: zerosDeflated(200), method: 8, crc: 0, uncompressedSize: 200 * MiB };
  assert.ok(bomb.data.length < 512 * 1024, 'the fixture stays small');
  await assertRefused(rawZip([bomb]), 'archive.entry_too_large', /"components\/bomb\.bin" is 200\.0 MiB/);
});

test('the zero-stream fixture is a real deflate stream', async () => {
  const inflated = inflateSync(zerosDeflated(4));
  assert.equal(inflated.length, 4 * MiB);
  assert.ok(inflated.every((byte) => byte === 0));
});

test('a 200 MiB zip bomb whose header claims 1 MiB is stopped while inflating', async () => {
  const bomb: RawEntry = { name: 'components/bomb.bin', data: zerosDeflated(200), method: 8, crc: 0, uncompressedSize: MiB };
  const zip = rawZip([bomb]);
  const before = process.memoryUsage().arrayBuffers;
  const error = await assertRefused(zip, 'archive.size_mismatch', /"components\/bomb\.bin" expands past the 1\.0 MiB its header declares; decompression was stopped/);
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.equal(error.entry, 'components/bomb.bin');
  // Inflating it all would hold 200 MiB; stopping early holds the 1 MiB buffer plus one step's output.
  assert.ok(grown < 64 * MiB, `array buffers grew by ${Math.round(grown / MiB)} MiB`);
});

test('a small entry whose header understates its size is refused', async () => {
  const content = text('x'.repeat(10_000));
  await assertRefused(rawZip([deflated('components/liar.txt', content, { uncompressedSize: 100 })]), 'archive.size_mismatch', /expands past the 100 B its header declares/);
});

test('a highly compressed entry is refused by its compression ratio; small repetitive files are fine', async () => {
  const nine: RawEntry = { name: 'components/zeros.bin', data: zerosDeflated(9), method: 8, crc: 0, uncompressedSize: 9 * MiB };
  await assertRefused(rawZip([nine]), 'archive.compression_ratio', /"components\/zeros\.bin" expands \d+ times .* at most 100 is accepted/);
  const smallZeros = new Uint8Array(512 * 1024);
  assert.equal((await readZipArchive(rawZip([deflated('components/small.bin', smallZeros)]))).files.get('components/small.bin')?.length, smallZeros.length);
});

test('damaged archives are refused as corrupt', async () => {
  const content = text('hello world');
  await assertRefused(rawZip([deflated('a.txt', content, { uncompressedSize: 50 })]), 'archive.corrupt', /expands to 11 bytes but its header declares 50/);
  await assertRefused(rawZip([stored('a.txt', content, { crc: 12345 })]), 'archive.corrupt', /CRC mismatch/);
  await assertRefused(rawZip([stored('a.txt', content, { uncompressedSize: 5 })]), 'archive.corrupt', /Stored entry "a\.txt" declares 5 bytes but holds 11/);
  await assertRefused(rawZip([{ ...stored('a.txt', content), data: text('not deflate at all'), method: 8 }]), 'archive.corrupt', /could not be decompressed/);
  await assertRefused(rawZip([stored('a.txt', content), stored('b.txt', content)], { declaredCount: 1 }), 'archive.corrupt', /central directory size does not match/);
});

test('an entry whose local header names a different file is refused', async () => {
  await assertRefused(rawZip([stored('components/readme.txt', text('x'), { localName: '../evil' })]), 'archive.corrupt', /different name in its local header/);
});

test('encrypted entries and unknown compression methods are refused', async () => {
  await assertRefused(rawZip([stored('a.txt', text('x'), { flags: 0x0801 })]), 'archive.unsupported', /encrypted/);
  await assertRefused(rawZip([stored('a.txt', text('x'), { method: 12 })]), 'archive.unsupported', /compression method 12/);
});

test('a file that is not a zip is refused', async () => {
  await assertRefused(text('PK but not really a zip file'), 'archive.not_zip', /not a zip archive/);
  await assertRefused(new Uint8Array(0), 'archive.not_zip', /not a zip archive/);
});

test('many small entries of zeros are refused by the ratio of the whole archive, before inflating any', async () => {
  // 900 entries of 55 KiB of zeros: each under the per-entry ratio threshold, 49.5 MiB in all from about 170 KiB.
  const zeros = new Uint8Array(55 * 1024);
  const files = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`components/z${i}.bin`, zeros]));
  const zip = zipSync(files, { level: 9 });
  assert.ok(zip.length < 256 * 1024, `the fixture is ${zip.length} bytes`);
  const started = process.cpuUsage();
  await assertRefused(zip, 'archive.compression_ratio', /The archive expands \d+ times \(\d+\.\d KiB to 48\.3 MiB\); at most 100 is accepted/);
  const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
  assert.ok(cpuMs < 500, `refusing it took ${cpuMs} ms of CPU`);
});

test('an ordinary compressible package (XML at about 10:1) is read', async () => {
  const xml = text(Array.from({ length: 40_000 }, (_, i) => `<field name="f${i}" type="${i % 7 === 0 ? 'text' : 'number'}" required="${i % 3 === 0}"/>`).join('\n'));
  const zip = zipSync({ 'solution.json': text('{}'), components: { 'forms.xml': xml } });
  assert.ok(xml.length > 2 * MiB && xml.length / zip.length < 100, `ratio ${xml.length / zip.length}`);
  assert.equal((await readZipArchive(zip)).files.get('components/forms.xml')?.length, xml.length);
});
