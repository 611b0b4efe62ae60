import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOGO_MAX_BYTES, readLogo } from './logoImage.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

test('PNG and JPEG are recognized by their bytes', () => {
  assert.deepEqual(readLogo(png), { ok: true, contentType: 'image/png' });
  assert.deepEqual(readLogo(jpeg), { ok: true, contentType: 'image/jpeg' });
});

test('SVG, other formats, empty and oversized files are refused with a reason', () => {
  const svg = readLogo(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
  assert.deepEqual(svg.ok ? null : [svg.status, /carry scripts/.test(svg.message)], [415, true]);
  const gif = readLogo(Buffer.from('GIF89a....'));
  assert.deepEqual(gif.ok ? null : [gif.status, /not a PNG or JPEG/.test(gif.message)], [415, true]);
  assert.equal(readLogo(Buffer.alloc(0)).ok, false);
  const big = Buffer.concat([png, Buffer.alloc(LOGO_MAX_BYTES)]);
  const refused = readLogo(big);
  assert.deepEqual(refused.ok ? null : [refused.status, refused.message], [413, 'The logo is 262156 bytes; a logo may be at most 262144 bytes (256.0 KiB)']);
});
