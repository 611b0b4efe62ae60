import { createServer, type ServerOptions as HttpServerOptions, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import secureJson from 'secure-json-parse';
import { hashSecret } from '../../../identity/secrets.js';
import { authorize } from '../../../policies/authorize.js';
import { fastZodSerializer } from '../../common/fastSerializer.js';
import { answerCheck } from './answer.js';
import { seatSignals } from './seatSignals.js';
import { AnswerMemory, BytesMemory, type RememberedResult } from './answerMemory.js';
import { ReplyBatch } from './replyBatch.js';
import { acceptCheckFast, BATCH_LIMIT, checkResult } from './schema.js';
import { scanBatch, type BatchItems } from './batchScan.js';
import { concatInto, ReusableBuffers } from './reusableBuffers.js';
import { decisionIndex, type CheckTelemetry } from './checkTelemetry.js';

/**
 * The single license check is the one request an app makes on every screen it
 * opens, so it may not pay for the whole framework pipeline. This answers
 * exactly `POST /api/v1/runtime/check` straight from Node's http server when
 * everything about the request is ordinary, using the same pieces the Fastify
 * route uses — the token cache and `authorize()` for the caller, the route's
 * own validation rules (schema.ts), `answerCheck()` for the decision and the
 * route's serializer — and hands everything else to Fastify:
 *
 * - before reading the body (nothing consumed yet): another method or path, a
 *   caller not in the token cache, a key `authorize()` refuses, an unusual
 *   content type or size, an index still loading → Fastify's handler, untouched;
 * - after reading it: JSON that does not parse, a body the fast validation
 *   does not accept, a check that throws (another publisher's app module) →
 *   the very request is replayed through Fastify (`inject`) and its answer
 *   copied out, so every error is the route's own problem+json.
 *
 * The Fastify route stays the reference; routes.test.ts proves both answer alike.
 */
export const CHECK_PATH = '/api/v1/runtime/check';
export const BATCH_PATH = '/api/v1/runtime/check/batch';
/** Bodies larger than this go to Fastify (a check is ~150 bytes). */
const MAX_FAST_BODY = 16 * 1024;
/** A batch of 1,000 checks is ~150 KB; Fastify's own body limit is 1 MB. */
const MAX_FAST_BATCH_BODY = 1024 * 1024;
const ROUTE = CHECK_PATH;
const JSON_TYPE = 'application/json; charset=utf-8';
/** Headers of a replayed answer that belong to Fastify's in-process connection, not to ours. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);
/** Bearer header → SHA-256 of its token, so a cached key costs no hash per request. Bounded like the token cache. */
const MAX_REMEMBERED_HEADERS = 10_000;
/** Answers remembered per key and body (~500 bytes each): apps ask the same checks over and over. */
const MAX_REMEMBERED_ANSWERS = 50_000;
/** Batch results remembered per publisher and check bytes (~450 bytes each). */
const MAX_REMEMBERED_DECISIONS = 200_000;
const BATCH_OPEN = Buffer.from('{"results":[');
const BATCH_CLOSE = Buffer.from(']}');
const COMMA = 0x2c;

export interface FastPathStats {
  /** Answered here, without Fastify. */
  answered: number;
  /** Of those, answered from the remembered answers of the current index generation. */
  remembered: number;
  /** Read here, then replayed through Fastify (errors). */
  replayed: number;
  /** Handed to Fastify before reading anything. */
  passed: number;
}

const byServer = new WeakMap<Server, CheckFastPath>();

/** The fast path in front of a server (for tests and diagnostics). */
export function fastPathOf(server: Server): CheckFastPath | undefined {
  return byServer.get(server);
}

/**
 * Fastify's JSON body parser (secure-json-parse, refusing __proto__ and
 * constructor.prototype). That parser only differs from JSON.parse when the
 * text contains one of those names, possibly \u-escaped; text without a
 * backslash-u, "__proto__" or "constructor" skips its scans.
 */
function parseJson(text: string): unknown {
  if (text.indexOf('\\u') === -1 && text.indexOf('__proto__') === -1 && text.indexOf('constructor') === -1) return JSON.parse(text);
  return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
}

export class CheckFastPath {
  readonly stats: FastPathStats = { answered: 0, remembered: 0, replayed: 0, passed: 0 };
  private app: FastifyInstance | null = null;
  private readonly serialize = fastZodSerializer({ schema: checkResult });
  private readonly tokenHashes = new Map<string, string>();
  private lastAuthorization: string | undefined;
  private lastHash: string | undefined;
  private readonly answers = new AnswerMemory(MAX_REMEMBERED_ANSWERS);
  /** Batch items' results by the runtime key's publisher and the check object's bytes. */
  private readonly batchResults = new BytesMemory<RememberedResult>(MAX_REMEMBERED_DECISIONS);
  /** Reused for every batch (a batch is answered synchronously, one at a time). */
  private readonly items: BatchItems = { count: 0, starts: new Int32Array(BATCH_LIMIT), ends: new Int32Array(BATCH_LIMIT) };
  private readonly results: RememberedResult[] = new Array(BATCH_LIMIT);
  /** Request bodies in several chunks are put together here, and batch answers assembled (see ReusableBuffers). */
  private readonly bodies = new ReusableBuffers(256 * 1024, 2);
  private readonly answersOut = new ReusableBuffers(512 * 1024, 16);
  private answered200: { observe(seconds: number): void } | undefined;
  private batchAnswered200: ((started: number) => void) | undefined;
  private telemetry: CheckTelemetry | undefined;
  private readonly replies = new ReplyBatch(
    (started) => this.answered200!.observe((performance.now() - started) / 1000),
    () => this.app?.draining === true,
  );

  /** For `Fastify({ serverFactory })`: an http server like Fastify's own, with this in front. */
  readonly serverFactory = (handler: (req: IncomingMessage, res: ServerResponse) => void, options: FastifyServerOptions): Server => {
    const server = createServer((options as { http?: HttpServerOptions }).http ?? {}, (req, res) => {
      const app = this.app;
      if (req.method !== 'POST' || !app || app.draining) handler(req, res);
      else if (req.url === CHECK_PATH) this.handle(app, req, res, handler, MAX_FAST_BODY, this.answer);
      else if (req.url === BATCH_PATH) this.handle(app, req, res, handler, MAX_FAST_BATCH_BODY, this.answerBatch);
      else handler(req, res);
    });
    // The same timeouts Fastify gives the server it creates itself.
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout;
    if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout);
    if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    byServer.set(server, this);
    return server;
  };

  /** Called once the app has its entitlement index, token cache and metrics. */
  attach(app: FastifyInstance, telemetry: CheckTelemetry): void {
    this.app = app;
    this.telemetry = telemetry;
    this.answered200 = app.httpMetrics.series('POST', ROUTE, 200);
    const batchSeries = app.httpMetrics.series('POST', BATCH_PATH, 200);
    this.batchAnswered200 = (started) => batchSeries.observe((performance.now() - started) / 1000);
    // Once the server drains, new checks go through Fastify (whose answers close their connections);
    // those already being read here close theirs too (ReplyBatch).
    app.addHook('preClose', async () => {
      this.app = null;
    });
  }

  private handle(
    app: FastifyInstance,
    req: IncomingMessage,
    res: ServerResponse,
    handler: (req: IncomingMessage, res: ServerResponse) => void,
    maxBody: number,
    answer: (app: FastifyInstance, keyHash: string, body: Buffer, res: ServerResponse, started: number) => boolean,
  ): void {
    const started = performance.now();
    const headers = req.headers;
    const length = Number(headers['content-length']);
    const keyHash = length > 0 && length <= maxBody ? this.ordinaryCaller(app, headers) : undefined;
    if (keyHash === undefined) {
      this.stats.passed++;
      handler(req, res);
      return;
    }
    // A check's body is one chunk. Node passes exactly Content-Length bytes, so the
    // last of them completes it (no need to wait for 'end'); a client that stops
    // short and leaves closes the socket, and the response with it.
    let body: Buffer | undefined;
    let more: Buffer[] | undefined;
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (body === undefined) body = chunk;
      else (more ??= [body]).push(chunk);
      if (received !== length) return;
      if (!more) {
        if (!answer(app, keyHash, body, res, started)) this.replay(app, req, body, res);
        return;
      }
      // Several chunks (a batch): put together in a reused buffer, which is free again once answered.
      const scratch = this.bodies.take(length);
      const whole = scratch.subarray(0, concatInto(scratch, more));
      const answered = answer(app, keyHash, whole, res, started);
      if (!answered) this.replay(app, req, Buffer.from(whole), res);
      this.bodies.give(scratch);
    });
  }

  /**
   * The token cache's key for the caller, when the request can be answered
   * here: a cached runtime key allowed to check, JSON, index loaded.
   */
  private ordinaryCaller(app: FastifyInstance, headers: IncomingHttpHeaders): string | undefined {
    const authorization = headers.authorization;
    if (authorization === undefined || headers['transfer-encoding'] !== undefined) return undefined;
    const type = headers['content-type'];
    if (type !== 'application/json' && type?.toLowerCase() !== JSON_TYPE && type?.toLowerCase() !== 'application/json;charset=utf-8') return undefined;
    if (!app.entitlements.loaded()) return undefined;
    const hash = this.tokenHash(authorization);
    if (hash === undefined) return undefined;
    const actor = app.tokenCache.get(hash, app.clock.epochMillis());
    if (!actor) return undefined;
    try {
      authorize(actor, 'runtime.check');
    } catch {
      return undefined;
    }
    return hash;
  }

  /** The hash the token cache is keyed by, for a well-formed "Bearer <token>" header. */
  private tokenHash(authorization: string): string | undefined {
    // An app sends the same key request after request: comparing with the last
    // header costs less than hashing a new string for the map.
    if (authorization === this.lastAuthorization) return this.lastHash;
    let hash = this.tokenHashes.get(authorization);
    if (hash === undefined) {
      // The authentication plugin's own rule for the header.
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) return undefined;
      hash = hashSecret(match[1]!);
      if (this.tokenHashes.size >= MAX_REMEMBERED_HEADERS) this.tokenHashes.clear();
      this.tokenHashes.set(authorization, hash);
    }
    this.lastAuthorization = authorization;
    this.lastHash = hash;
    return hash;
  }

  /** Answers a valid check; false when the request needs Fastify's answer instead. */
  private readonly answer = (app: FastifyInstance, keyHash: string, body: Buffer, res: ServerResponse, started: number): boolean => {
    const index = app.entitlements.index;
    this.answers.useGeneration(index.generation);
    let answer = this.answers.get(keyHash, body);
    if (answer !== undefined) this.stats.remembered++;
    else {
      // The actor is looked up again (not carried from the headers) so the common path keeps nothing per request.
      const actor = app.tokenCache.get(keyHash, app.clock.epochMillis());
      let check;
      try {
        check = acceptCheckFast(parseJson(body.toString('utf8')));
      } catch {
        return false;
      }
      if (!actor || !check || !app.entitlements.loaded()) return false;
      try {
        const result = answerCheck(index, actor, check);
        const signals = seatSignals(index, check, result);
        answer = this.answers.rememberAnswer(keyHash, body, Buffer.from(this.serialize(result)), decisionIndex(result.code), signals.usageKey, signals.claim);
      } catch {
        return false;
      }
    }
    if (this.telemetry!.count(answer.codeIndex)) this.telemetry!.sample(answer.codeIndex, body, app.tokenCache.get(keyHash, app.clock.epochMillis())?.tokenId);
    // Usage and claims are only noted here (a Map write); jobs act on them.
    if (answer.usageKey !== undefined) app.seatUsage.touch(answer.usageKey, app.clock.epochMillis());
    else if (answer.claim !== undefined) app.seatClaims.request(answer.claim);
    this.replies.send(res, answer, started);
    this.stats.answered++;
    return true;
  };

  /**
   * Answers a batch of checks: each check object is found in the body's bytes
   * (batchScan.ts) and its result taken from what was answered before for the
   * same bytes, or parsed, validated, decided and remembered. False when the
   * batch needs Fastify's answer: not of the plain `{"checks":[…]}` shape, an
   * invalid check, or a check of another publisher's app module.
   */
  private readonly answerBatch = (app: FastifyInstance, keyHash: string, body: Buffer, res: ServerResponse, started: number): boolean => {
    const actor = app.tokenCache.get(keyHash, app.clock.epochMillis());
    if (!actor || !app.entitlements.loaded()) return false;
    const items = scanBatch(body, BATCH_LIMIT, this.items);
    if (!items) return false;
    const index = app.entitlements.index;
    this.batchResults.useGeneration(index.generation);
    const publisher = actor.tenantId;
    const results = this.results;
    let bytes = BATCH_OPEN.length + BATCH_CLOSE.length + items.count - 1;
    for (let i = 0; i < items.count; i++) {
      const start = items.starts[i]!;
      const end = items.ends[i]!;
      let result = this.batchResults.get(publisher, body, start, end);
      if (result === undefined) {
        let check;
        let decided;
        try {
          check = acceptCheckFast(JSON.parse(body.toString('utf8', start, end)));
          if (check === undefined) return false;
          decided = answerCheck(index, actor, check);
        } catch {
          return false;
        }
        const signals = seatSignals(index, check, decided);
        result = { bytes: Buffer.from(this.serialize(decided)), codeIndex: decisionIndex(decided.code), usageKey: signals.usageKey, claim: signals.claim };
        this.batchResults.remember(publisher, body, start, end, result);
      }
      results[i] = result;
      bytes += result.bytes.length;
    }
    const telemetry = this.telemetry!;
    const now = app.clock.epochMillis();
    for (let i = 0; i < items.count; i++) {
      const result = results[i]!;
      if (telemetry.count(result.codeIndex)) telemetry.sample(result.codeIndex, body.subarray(items.starts[i]!, items.ends[i]!), actor.tokenId);
      if (result.usageKey !== undefined) app.seatUsage.touch(result.usageKey, now);
      else if (result.claim !== undefined) app.seatClaims.request(result.claim);
    }
    // The answer is the remembered results' bytes copied one after the other into a reused buffer.
    const out = this.answersOut.take(bytes);
    let at = BATCH_OPEN.copy(out, 0);
    for (let i = 0; i < items.count; i++) {
      if (i > 0) out[at++] = COMMA;
      at += results[i]!.bytes.copy(out, at);
    }
    at += BATCH_CLOSE.copy(out, at);
    const reply = { body: out.subarray(0, at), headers: ['content-type', JSON_TYPE, 'content-length', String(at)], written: () => this.answersOut.give(out) };
    this.replies.send(res, reply, started, this.batchAnswered200!);
    this.stats.answered++;
    return true;
  };

  /** The same request through Fastify's whole pipeline; its answer, verbatim. */
  private replay(app: FastifyInstance, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    this.stats.replayed++;
    app
      .inject({ method: 'POST', url: req.url ?? CHECK_PATH, headers: req.headers, payload: body, remoteAddress: req.socket.remoteAddress })
      .then((answer) => {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
        }
        res.writeHead(answer.statusCode, headers);
        res.end(answer.rawPayload);
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'runtime check fast path: replay failed');
        if (!res.headersSent) res.writeHead(503, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, detail: 'The check could not be answered; retry', instance: req.url }));
      });
  }
}
