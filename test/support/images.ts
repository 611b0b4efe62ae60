import { crc32, deflateSync } from 'node:zlib';

/** Test images built byte by byte: real PNGs a browser can show, and headers that only claim a size. */

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return chunk('IHDR', data);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A real PNG of one colour with a darker band across its middle, so screenshots can be told apart. */
export function pngImage(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const row = Buffer.alloc(1 + width * 3);
  const band = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) {
    row.set(rgb, 1 + x * 3);
    band.set(rgb.map((c) => Math.floor(c / 2)), 1 + x * 3);
  }
  const rows = Array.from({ length: height }, (_, y) => (Math.abs(y - height / 2) < height / 10 ? band : row));
  return new Uint8Array(Buffer.concat([SIGNATURE, ihdr(width, height), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', new Uint8Array())]));
}

/** A PNG signature and IHDR claiming this size, with no pixels: enough for a header check, e.g. a 50,000 × 50,000 bomb. */
export function pngHeader(width: number, height: number): Uint8Array {
  return new Uint8Array(Buffer.concat([SIGNATURE, ihdr(width, height), chunk('IEND', new Uint8Array())]));
}

/** A JPEG start, an APP0 segment and a baseline frame header claiming this size (no scan data). */
export function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}
