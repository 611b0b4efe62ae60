import { formatSize, KiB } from '../packages/byteSize.js';

/**
 * Offer logos are shown on marketplace pages, so only raster images whose
 * bytes prove what they are: PNG or JPEG. SVG is refused because it can
 * carry script; the declared content type is never trusted on its own.
 */

export const LOGO_MAX_BYTES = 256 * KiB;
export type LogoContentType = 'image/png' | 'image/jpeg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export type LogoReading = { ok: true; contentType: LogoContentType } | { ok: false; status: 413 | 415; message: string };

export function readLogo(bytes: Uint8Array): LogoReading {
  if (bytes.length === 0) return { ok: false, status: 415, message: 'The logo file is empty; upload a PNG or JPEG image' };
  if (bytes.length > LOGO_MAX_BYTES) {
    return { ok: false, status: 413, message: `The logo is ${bytes.length} bytes; a logo may be at most ${LOGO_MAX_BYTES} bytes (${formatSize(LOGO_MAX_BYTES)})` };
  }
  if (startsWith(bytes, PNG_SIGNATURE)) return { ok: true, contentType: 'image/png' };
  if (startsWith(bytes, JPEG_SIGNATURE)) return { ok: true, contentType: 'image/jpeg' };
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || head.startsWith('<?xml') || head.includes('<svg')) {
    return { ok: false, status: 415, message: 'SVG logos are refused because they can carry scripts; upload a PNG or JPEG image' };
  }
  return { ok: false, status: 415, message: 'The logo is not a PNG or JPEG image (its first bytes are neither signature); upload a PNG or JPEG image' };
}
