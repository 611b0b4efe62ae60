import { crc32, deflateSync } from 'node:zlib';

/**
 * A small RGB canvas the demo draws its images on in code (logos, listing screenshots), so the demo
 * ships no image files, and its encoding as a real PNG (8-bit truecolour, no interlace) that any
 * browser shows and the server's own header checks accept.
 */

export type Rgb = readonly [number, number, number];

/** The colour `amount` (0–1) of the way from `rgb` to white. */
export const tint = (rgb: Rgb, amount: number): Rgb => [0, 1, 2].map((i) => Math.round(rgb[i]! + (255 - rgb[i]!) * amount)) as unknown as Rgb;

/** The colour `amount` (0–1) of the way from `rgb` to black. */
export const shade = (rgb: Rgb, amount: number): Rgb => [0, 1, 2].map((i) => Math.round(rgb[i]! * (1 - amount))) as unknown as Rgb;

export class PixelCanvas {
  private readonly pixels: Buffer;
  /** Drawing outside this rectangle is dropped (the whole canvas unless clipped). */
  private bounds: { left: number; top: number; right: number; bottom: number };

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    this.bounds = { left: 0, top: 0, right: width, bottom: height };
    this.fillRect(0, 0, width, height, background);
  }

  /** Draws `paint` with everything outside the rectangle left untouched (a map inside its frame). */
  clipped(x: number, y: number, w: number, h: number, paint: () => void): void {
    const outer = this.bounds;
    this.bounds = { left: Math.max(outer.left, x), top: Math.max(outer.top, y), right: Math.min(outer.right, x + w), bottom: Math.min(outer.bottom, y + h) };
    try {
      paint();
    } finally {
      this.bounds = outer;
    }
  }

  /** Fills the rectangle, clipped. */
  fillRect(x: number, y: number, w: number, h: number, rgb: Rgb): void {
    const left = Math.max(this.bounds.left, Math.round(x));
    const right = Math.min(this.bounds.right, Math.round(x + w));
    const top = Math.max(this.bounds.top, Math.round(y));
    const bottom = Math.min(this.bounds.bottom, Math.round(y + h));
    if (left >= right || top >= bottom) return;
    const colour = Buffer.from(rgb);
    for (let row = top; row < bottom; row++) {
      const start = (row * this.width + left) * 3;
      this.pixels.fill(colour, start, start + (right - left) * 3);
    }
  }

  fillCircle(cx: number, cy: number, r: number, rgb: Rgb): void {
    for (let dy = -r; dy <= r; dy++) {
      const dx = Math.floor(Math.sqrt(r * r - dy * dy));
      this.fillRect(cx - dx, cy + dy, 2 * dx + 1, 1, rgb);
    }
  }

  /** A rectangle with quarter-circle corners of radius `r`, row by row so small ones keep their shape. */
  fillRoundRect(x: number, y: number, w: number, h: number, r: number, rgb: Rgb): void {
    const radius = Math.max(0, Math.min(r, w / 2, h / 2));
    const rows = Math.round(h);
    for (let row = 0; row < rows; row++) {
      const intoCorner = row < radius ? radius - row - 0.5 : row >= rows - radius ? row - (rows - radius) + 0.5 : -1;
      const inset = intoCorner < 0 ? 0 : Math.round(radius - Math.sqrt(Math.max(0, radius * radius - intoCorner * intoCorner)));
      this.fillRect(x + inset, y + row, w - 2 * inset, 1, rgb);
    }
  }

  /** A one-pixel outline inside the rectangle. */
  strokeRect(x: number, y: number, w: number, h: number, rgb: Rgb): void {
    this.fillRect(x, y, w, 1, rgb);
    this.fillRect(x, y + h - 1, w, 1, rgb);
    this.fillRect(x, y, 1, h, rgb);
    this.fillRect(x + w - 1, y, 1, h, rgb);
  }

  /** A straight line `thickness` pixels wide with round ends. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, rgb: Rgb): void {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
    const r = Math.max(0, Math.floor(thickness / 2));
    for (let i = 0; i <= steps; i++) {
      const x = Math.round(x0 + ((x1 - x0) * i) / steps);
      const y = Math.round(y0 + ((y1 - y0) * i) / steps);
      if (r === 0) this.fillRect(x, y, 1, 1, rgb);
      else this.fillCircle(x, y, r, rgb);
    }
  }

  polyline(points: readonly (readonly [number, number])[], thickness: number, rgb: Rgb): void {
    for (let i = 1; i < points.length; i++) this.line(points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1], thickness, rgb);
  }

  /** The canvas as a PNG file. */
  toPng(): Uint8Array {
    const stride = this.width * 3;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (stride + 1)] = 0; // filter: none
      this.pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
    return new Uint8Array(Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0, 0);
  return Buffer.concat([length, typeAndData, crc]);
}
