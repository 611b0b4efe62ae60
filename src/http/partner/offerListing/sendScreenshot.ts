import type { FastifyReply } from 'fastify';
import type { ScreenshotImage } from '../../../store/partner/screenshots.js';

/** Screenshots are served so that a browser can only ever show them: never sniffed, never scripted (as logos are). */
export function sendScreenshot(reply: FastifyReply, image: ScreenshotImage, cacheControl: string) {
  return reply
    .header('content-type', image.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', cacheControl)
    .header('last-modified', image.createdAt.toUTCString())
    .send(Buffer.from(image.bytes));
}
