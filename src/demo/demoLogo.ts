import { PixelCanvas, tint, type Rgb } from './pngCanvas.js';

/**
 * A small PNG drawn in code so the demo needs no image files: a tile in the
 * brand colour with a lighter square inside.
 */
export function demoLogo(rgb: [number, number, number], size = 96): Uint8Array {
  const canvas = new PixelCanvas(size, size, rgb);
  const inner = Math.round(size * 0.3);
  canvas.fillRect(inner, inner, size - 2 * inner, size - 2 * inner, tint(rgb as Rgb, 0.65));
  return canvas.toPng();
}
