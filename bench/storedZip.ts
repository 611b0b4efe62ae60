import { Zip, ZipPassThrough } from 'fflate';

/**
 * A zip of these files, stored (not deflated): the bench's big packages are incompressible bytes,
 * which deflate would store anyway, and building one costs a CRC instead of a deflate pass.
 */
export function storedZip(files: Iterable<[string, Uint8Array]>): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of files) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}
