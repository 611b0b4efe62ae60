import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readScreenshot, SCREENSHOT_MAX_BYTES } from './screenshotImage.js';
import { jpegHeader, pngHeader } from '../../../test/support/images.js';

test('PNG and JPEG sizes come from their headers', () => {
  assert.deepEqual(readScreenshot(pngHeader(1280, 800)), { ok: true, contentType: 'image/png', width: 1280, height: 800 });
  assert.deepEqual(readScreenshot(jpegHeader(1920, 1080)), { ok: true, contentType: 'image/jpeg', width: 1920, height: 1080 });
});

test('hostile and unusable images are refused with a reason', () => {
  const refused = (bytes: Uint8Array) => {
    const reading = readScreenshot(bytes);
    assert.equal(reading.ok, false);
    return reading.ok ? null : reading;
  };
  assert.equal(refused(new Uint8Array())!.status, 415);
  assert.match(refused(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))!.message, /not a PNG or JPEG/);
  assert.equal(refused(new TextEncoder().encode('GIF89a……'))!.status, 415);
  // A few hundred bytes that announce a 50,000 × 50,000 canvas: refused before anything decodes it.
  assert.match(refused(pngHeader(50_000, 50_000))!.message, /50000 × 50000 pixels.*scale it down/);
  assert.match(refused(jpegHeader(65_000, 400))!.message, /65000 × 400/);
  assert.match(refused(pngHeader(100, 60))!.message, /too small/);
  assert.match(refused(pngHeader(1280, 800).subarray(0, 20))!.message, /damaged or incomplete/);
  const chunkNotIhdr = pngHeader(1280, 800);
  chunkNotIhdr.set([0x74, 0x45, 0x58, 0x74], 12); // tEXt where IHDR must be
  assert.match(refused(chunkNotIhdr)!.message, /damaged/);
  // JPEG whose scan data starts before any frame header, and one with a zero-length segment.
  assert.match(refused(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]))!.message, /damaged/);
  assert.match(refused(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0xff, 0xc0]))!.message, /damaged/);
  const big = new Uint8Array(SCREENSHOT_MAX_BYTES + 1);
  big.set(pngHeader(1280, 800));
  assert.equal(refused(big)!.status, 413);
});
