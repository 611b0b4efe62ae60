import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, inflateSync } from 'node:zlib';
import { readScreenshot, SCREENSHOT_MAX_BYTES } from '../domain/offers/screenshotImage.js';
import { PixelCanvas } from './pngCanvas.js';
import { drawMockup, MOCKUP_SIZE, type MockupKind } from './screenshotMockups.js';

/** Decodes a PNG as a browser would (chunks, CRCs, the deflated pixels), for the 8-bit RGB, unfiltered images the canvas writes. */
function decodePng(bytes: Uint8Array): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  const buffer = Buffer.from(bytes);
  assert.deepEqual([...buffer.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let at = 8;
  const types: string[] = [];
  const data: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (at < buffer.length) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('ascii', at + 4, at + 8);
    const body = buffer.subarray(at + 8, at + 8 + length);
    assert.equal(buffer.readUInt32BE(at + 8 + length), crc32(buffer.subarray(at + 4, at + 8 + length)) >>> 0, `${type} CRC`);
    types.push(type);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      assert.deepEqual([...body.subarray(8)], [8, 2, 0, 0, 0], '8-bit truecolour, not interlaced');
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  assert.deepEqual([types[0], types.at(-1)], ['IHDR', 'IEND']);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 3 + 1;
  assert.equal(raw.length, stride * height, 'one filter byte and a row of pixels per line');
  for (let y = 0; y < height; y++) assert.equal(raw[y * stride], 0);
  return { width, height, pixel: (x, y) => [raw[y * stride + 1 + x * 3]!, raw[y * stride + 2 + x * 3]!, raw[y * stride + 3 + x * 3]!] };
}

describe('drawn demo images', () => {
  test('the canvas fills, clips and rounds what it is told, and encodes a PNG that decodes to those pixels', () => {
    const canvas = new PixelCanvas(40, 30, [255, 255, 255]);
    canvas.fillRect(-5, -5, 10, 10, [255, 0, 0]);
    canvas.clipped(20, 0, 20, 30, () => canvas.fillRect(10, 10, 20, 5, [0, 0, 255]));
    canvas.fillRoundRect(2, 20, 20, 8, 4, [0, 128, 0]);
    const png = decodePng(canvas.toPng());
    assert.deepEqual([png.width, png.height], [40, 30]);
    assert.deepEqual(png.pixel(0, 0), [255, 0, 0]);
    assert.deepEqual(png.pixel(5, 5), [255, 255, 255], 'the rectangle stopped at its edge');
    assert.deepEqual(png.pixel(15, 12), [255, 255, 255], 'left of the clip: untouched');
    assert.deepEqual(png.pixel(25, 12), [0, 0, 255]);
    assert.deepEqual(png.pixel(12, 24), [0, 128, 0]);
    assert.deepEqual(png.pixel(2, 20), [255, 255, 255], 'a rounded corner is not filled');
  });

  const kinds: MockupKind[] = ['list', 'schedule', 'map', 'dashboard', 'checklist', 'board', 'rota', 'timesheet'];
  for (const kind of kinds) {
    test(`the ${kind} screen is a real PNG the server's screenshot check accepts, drawn in the brand colour, the same every time`, () => {
      const brand: [number, number, number] = [216, 59, 1];
      const bytes = drawMockup(kind, brand, 42);
      assert.deepEqual(readScreenshot(bytes), { ok: true, contentType: 'image/png', width: MOCKUP_SIZE.width, height: MOCKUP_SIZE.height });
      assert.ok(bytes.length < SCREENSHOT_MAX_BYTES / 10, `${bytes.length} bytes: small enough to load quickly`);
      const png = decodePng(bytes);
      assert.deepEqual(png.pixel(640, 10), brand, 'the app header is in the brand colour');
      assert.deepEqual(Buffer.from(drawMockup(kind, brand, 42)), Buffer.from(bytes));
      assert.notDeepEqual(Buffer.from(drawMockup(kind, [0, 120, 212], 42)), Buffer.from(bytes));
    });
  }
});
