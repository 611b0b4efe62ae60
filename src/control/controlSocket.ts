import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createOperator } from '../commands/operator/createOperator.js';
import { DomainError } from '../domain/problems.js';
import { installedVersion } from '../installation.js';
import { runUseCase } from '../commands/runUseCase.js';
import { controlRequest } from './controlClient.js';
import { controlSocketPath, privateSocketFolderProblem } from './socketPath.js';

/** Unix socket paths longer than this do not fit in sockaddr_un on every platform. */
const SOCKET_PATH_MAX = 100;
const BODY_LIMIT = 64 * 1024;

/**
 * The control socket of a server on an embedded data folder. The folder has
 * one owner process, so `licensehub-server backup`, `create-operator` and
 * `rotate-signing-key` run beside a live server by asking it here. Only the
 * user the server runs as can connect (folder 0700, socket 0600): the same
 * people who could read the data folder itself.
 */
export const controlSocketPlugin = fp(
  async (app) => {
    const target = app.config.database;
    if (target.kind !== 'embedded' || !target.dataDir) return;
    const dataDir = target.dataDir;
    let server: Server | null = null;
    let path: string | null = null;

    app.addHook('onListen', async () => {
      path = controlSocketPath(dataDir);
      if (!path) return;
      if (path.length > SOCKET_PATH_MAX) {
        app.log.warn({ path }, 'control socket path too long; set LICENSEHUB_CONTROL_SOCKET to a shorter one to back up while running');
        path = null;
        return;
      }
      const problem = privateSocketFolderProblem(dirname(path), true);
      if (problem) {
        app.log.warn({ path }, `control socket not opened: ${problem}`);
        path = null;
        return;
      }
      if (existsSync(path)) {
        const other = await controlRequest(path, 'GET', '/status').catch(() => null);
        if (other) {
          app.log.warn({ path, pid: (other.body as { pid?: number }).pid }, 'another server answers on this control socket; not taking it over');
          path = null;
          return;
        }
        unlinkSync(path); // left by a server that did not stop cleanly
      }
      server = createServer((request, response) => void handle(app, dataDir, request, response));
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(path!, () => resolve());
      });
      chmodSync(path, 0o600);
      app.log.info({ path }, 'control socket open (licensehub-server backup, create-operator, rotate-signing-key)');
    });

    app.addHook('onClose', async () => {
      if (!server) return;
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      if (path && existsSync(path)) unlinkSync(path);
    });
  },
  { name: 'control-socket', dependencies: ['services', 'license-tokens'] },
);

async function handle(app: FastifyInstance, dataDir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const route = `${request.method} ${request.url}`;
  try {
    if (route === 'GET /status') {
      return json(response, 200, { pid: process.pid, version: installedVersion(), dataDir });
    }
    if (route === 'POST /backup') {
      const started = performance.now();
      const archive = await app.database.backup();
      app.log.info({ bytes: archive.byteLength, ms: Math.round(performance.now() - started) }, 'backup taken through the control socket');
      response.writeHead(200, { 'content-type': 'application/gzip', 'content-length': archive.byteLength });
      response.end(archive);
      return;
    }
    if (route === 'POST /operators') {
      const body = (await readJson(request)) as { userPrincipalName?: unknown; displayName?: unknown; password?: unknown };
      if (typeof body.userPrincipalName !== 'string' || typeof body.displayName !== 'string' || typeof body.password !== 'string') {
        return json(response, 400, { detail: 'userPrincipalName, displayName and password are required strings' });
      }
      const props = { userPrincipalName: body.userPrincipalName, displayName: body.displayName, password: body.password };
      const user = await runUseCase(app, 'system', (ctx) => createOperator(ctx, props));
      app.log.info({ userPrincipalName: user.userPrincipalName }, 'operator created through the control socket');
      return json(response, 201, { id: user.id, userPrincipalName: user.userPrincipalName });
    }
    if (route === 'POST /signing-keys/rotate') {
      const kid = await app.licenseTokens.rotate();
      app.log.info({ kid }, 'signing key rotated through the control socket');
      return json(response, 200, { kid });
    }
    return json(response, 404, { detail: `no control command ${route}` });
  } catch (error) {
    if (error instanceof DomainError) return json(response, error.status, { detail: error.detail });
    app.log.error({ err: error, route }, 'control command failed');
    return json(response, 500, { detail: error instanceof Error ? error.message : String(error) });
  }
}

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new DomainError(413, 'Payload too large', 'control requests are small JSON bodies');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new DomainError(400, 'Invalid request', 'the body is not JSON');
  }
}
