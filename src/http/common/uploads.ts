import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { formatSize } from '../../domain/packages/index.js';
import { DomainError } from '../../domain/problems.js';

/**
 * File uploads for a group of routes: the file is either the raw request
 * body (e.g. `Content-Type: application/zip`) or the `file` part of a
 * multipart/form-data form. Register inside an encapsulated plugin so the
 * parsers apply to its routes only. Sizes are enforced while reading.
 */
export interface UploadRules {
  /** Raw body content types accepted, e.g. application/zip. */
  contentTypes: string[];
  maxBytes: number;
  /** "package", "logo": used in messages. */
  what: string;
}

export interface Upload {
  bytes: Uint8Array;
  fileName: string | null;
}

const tooLarge = (rules: UploadRules, size?: number) =>
  new DomainError(
    413,
    'Payload too large',
    `The ${rules.what} ${size !== undefined ? `is ${size} bytes` : 'is too large'}; a ${rules.what} may be at most ${rules.maxBytes} bytes (${formatSize(rules.maxBytes)})`,
  );

const unsupported = (rules: UploadRules, contentType: string | undefined) =>
  new DomainError(
    415,
    'Unsupported media type',
    `Send the ${rules.what} as the request body with Content-Type ${rules.contentTypes.join(' or ')}, or as the "file" field of multipart/form-data${contentType ? ` (got ${contentType})` : ''}`,
  );

export async function registerUploads(app: FastifyInstance, rules: UploadRules): Promise<void> {
  await app.register(multipart, { limits: { files: 1, fileSize: rules.maxBytes, fields: 5, parts: 6 } });
  // The OpenAPI document shows what these routes take (the body has no JSON schema).
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema['x-file-body']) return;
    route.schema = { ...route.schema, 'x-file-body': { mediaTypes: rules.contentTypes, description: `The ${rules.what} (at most ${formatSize(rules.maxBytes)})`, multipart: true } };
  });
  app.addContentTypeParser(rules.contentTypes, (request, payload, done) => {
    readLimited(payload, request, rules).then((bytes) => done(null, bytes), (error: Error) => done(error));
  });
  app.addContentTypeParser('*', (request, _payload, done) => done(unsupported(rules, request.headers['content-type'])));
}

/**
 * Reads the body into shared memory (a SharedArrayBuffer) as it arrives, so
 * neither the worker thread that checks it nor the embedded database's thread
 * that stores it gets a copy: structured clone shares a SharedArrayBuffer
 * instead of copying it. A 14 MB package copied to the worker blocked the
 * thread that answers license checks for ~150 ms (bench/eventLoopDelay.ts,
 * --cpu-prof: piscina's postTask); written here chunk by chunk, no step takes
 * more than a 64 KB copy. Without a Content-Length the chunks are put together
 * once at the end.
 */
function readLimited(stream: Readable, request: FastifyRequest, rules: UploadRules): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > rules.maxBytes) {
    stream.resume();
    return Promise.reject(tooLarge(rules, declared));
  }
  const known = Number.isInteger(declared) && declared > 0 ? Buffer.from(new SharedArrayBuffer(declared)) : null;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    stream.on('data', (chunk: Buffer) => {
      if (refused) return;
      if (size + chunk.length > rules.maxBytes || (known && size + chunk.length > known.length)) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge(rules));
        return;
      }
      if (known) chunk.copy(known, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    stream.on('end', () => {
      if (refused) return;
      if (known) return resolve(known.subarray(0, size));
      const whole = Buffer.from(new SharedArrayBuffer(size));
      let at = 0;
      for (const chunk of chunks) at += chunk.copy(whole, at);
      resolve(whole);
    });
    stream.on('error', (error) => refused || reject(error));
  });
}

/** The uploaded file of a route in a registerUploads() scope. */
export async function readUpload(request: FastifyRequest, rules: UploadRules, fileNameHint?: string): Promise<Upload> {
  if (request.isMultipart()) {
    try {
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw new DomainError(400, 'Invalid request', `file: send the ${rules.what} as the "file" field of the form`, { errors: [{ field: 'file', message: 'is required' }] });
      return { bytes: await part.toBuffer(), fileName: part.filename || null };
    } catch (error) {
      throw multipartProblem(error, rules, request.headers['content-type']);
    }
  }
  const body = request.body;
  if (body !== undefined && body !== null && !Buffer.isBuffer(body)) throw unsupported(rules, request.headers['content-type']);
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new DomainError(400, 'Invalid request', `The request has no ${rules.what}: send the file as the request body or as the "file" field of a form`, {
      errors: [{ field: 'file', message: 'is required' }],
    });
  }
  return { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), fileName: fileNameHint ?? null };
}

/**
 * What a broken form upload gets: the size limits keep their 413, and what
 * busboy refuses (no boundary, a truncated or malformed body) is a 400 that
 * says what to send instead of a 500.
 */
function multipartProblem(error: unknown, rules: UploadRules, contentType: string | undefined): unknown {
  if (error instanceof DomainError) return error;
  const { code, statusCode, message } = error as { code?: string; statusCode?: number; message?: string };
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') return tooLarge(rules);
  if (statusCode !== undefined && statusCode < 500) return error;
  const raw = `or send the ${rules.what} itself as the request body with Content-Type ${rules.contentTypes[0]}`;
  if (/boundary/i.test(message ?? '')) {
    return new DomainError(
      400,
      'Invalid request',
      `The multipart/form-data request names no boundary (Content-Type: ${contentType ?? '(none)'}); send "Content-Type: multipart/form-data; boundary=<the boundary between the parts of your body>" (form libraries and curl -F set it for you), ${raw}`,
    );
  }
  return new DomainError(400, 'Invalid request', `The multipart/form-data body cannot be read (${message ?? 'malformed'}); send the ${rules.what} as the "file" field of a well-formed form, ${raw}`);
}
