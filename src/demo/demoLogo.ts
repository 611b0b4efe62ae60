import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';

/**
 * A small PNG drawn in code so the demo needs no image files: a tile in the
 * brand colour with a lighter square inside.
 */
export function demoLogo(rgb: [number, number, number], size = 96): Uint8Array {
  const rows: Buffer[] = [];
  const inner = Math.round(size * 0.3);
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB pixels
    for (let x = 0; x < size; x++) {
      const insideMark = x >= inner && x < size - inner && y >= inner && y < size - inner;
      const [r, g, b] = insideMark ? rgb.map((c) => Math.round(c + (255 - c) * 0.65)) : rgb;
      row.writeUInt8(r!, 1 + x * 3);
      row.writeUInt8(g!, 2 + x * 3);
      row.writeUInt8(b!, 3 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}
