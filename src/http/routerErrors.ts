import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_TYPE } from './plugins/problems.js';

/**
 * The errors that happen before any route runs — the router's own (a URL that
 * does not decode, a path parameter over the length limit) and Node's HTTP
 * parser's (headers or URL over 16 KB, a request that is not HTTP) — answered
 * as application/problem+json like every other error, never echoing the URL back.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 414 : 400;
  void reply
    .code(status)
    .type(PROBLEM_TYPE)
    .send({
      type: 'about:blank',
      title: tooLong ? 'URI too long' : 'Invalid request',
      status,
      detail: tooLong
        ? 'A part of the path is longer than 100 characters; no LicenseHub resource has so long an identifier'
        : 'The URL is not valid: a percent sign must start an escape of two hexadecimal digits that decodes to UTF-8 (e.g. %20)',
    });
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request header fields too large', 'The request line and headers together must stay under 16 KB'],
  HPE_URI_TOO_LONG: [414, 'URI too long', 'The URL must stay under 16 KB'],
};

/** Node's parser refused the request: answer with a problem on the raw socket, then close it. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const [status, title, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad request', 'The request is not valid HTTP'];
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n` +
      `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n\r\n${body}`,
  );
}
