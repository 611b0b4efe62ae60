import { formatSize, KiB } from '../packages/byteSize.js';

/**
 * Listing screenshots: PNG or JPEG whose headers prove what they are and how big they are, read
 * without decoding the pixels. The declared content type is never trusted, and an image whose
 * header announces more pixels than a listing shows is refused before any browser decodes it
 * (a small file can declare a huge canvas: a decompression bomb).
 */

export const SCREENSHOT_MAX_BYTES = 1024 * KiB;
export const SCREENSHOTS_PER_OFFER = 5;
export const SCREENSHOT_ALT_MAX = 200;
export const SCREENSHOT_MIN = { width: 320, height: 200 };
export const SCREENSHOT_MAX = { width: 3840, height: 2160 };

export type ScreenshotContentType = 'image/png' | 'image/jpeg';
export type ScreenshotReading =
  | { ok: true; contentType: ScreenshotContentType; width: number; height: number }
  | { ok: false; status: 413 | 415 | 422; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, signature: number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

/** PNG: the first chunk must be IHDR (13 bytes: width, height, …). */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33) return null;
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (u32(bytes, 8) !== 13 || type !== 'IHDR') return null;
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic): they carry the frame's size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** JPEG: walks the marker segments up to the first start-of-frame; image data (SOS) before it means no size. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = u16(bytes, at + 2);
    if (length < 2) return null;
    if (SOF.has(marker)) {
      if (at + 9 > bytes.length || length < 7) return null;
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

export function readScreenshot(bytes: Uint8Array): ScreenshotReading {
  if (bytes.length === 0) return { ok: false, status: 415, message: 'The screenshot file is empty; upload a PNG or JPEG image' };
  if (bytes.length > SCREENSHOT_MAX_BYTES) {
    return { ok: false, status: 413, message: `The screenshot is ${formatSize(bytes.length)}; a screenshot may be at most ${formatSize(SCREENSHOT_MAX_BYTES)}` };
  }
  let contentType: ScreenshotContentType;
  let size: { width: number; height: number } | null;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    contentType = 'image/png';
    size = pngSize(bytes);
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    contentType = 'image/jpeg';
    size = jpegSize(bytes);
  } else {
    return { ok: false, status: 415, message: 'The screenshot is not a PNG or JPEG image (its first bytes are neither signature); upload a PNG or JPEG image' };
  }
  const kind = contentType === 'image/png' ? 'PNG' : 'JPEG';
  if (!size) return { ok: false, status: 422, message: `The screenshot's ${kind} header is damaged or incomplete, so its size can't be read; save it again and upload it` };
  const { width, height } = size;
  const limits = `between ${SCREENSHOT_MIN.width} × ${SCREENSHOT_MIN.height} and ${SCREENSHOT_MAX.width} × ${SCREENSHOT_MAX.height} pixels`;
  if (width > SCREENSHOT_MAX.width || height > SCREENSHOT_MAX.height) {
    return { ok: false, status: 422, message: `The screenshot is ${width} × ${height} pixels; screenshots must be ${limits}: scale it down` };
  }
  if (width < SCREENSHOT_MIN.width || height < SCREENSHOT_MIN.height) {
    return { ok: false, status: 422, message: `The screenshot is ${width} × ${height} pixels; screenshots must be ${limits}: it would be too small to read` };
  }
  return { ok: true, contentType, width, height };
}
