import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The baseline: a bare Node http server on the same machine that reads each
 * request's body and answers a fixed JSON body — what LicenseHub's answer
 * would cost if deciding took no time at all. Bodies come from files named
 * on the command line: <port> <path>=<file> ….
 */
const [portArg, ...routes] = process.argv.slice(2);
const bodies = new Map(
  routes.map((route) => {
    const [path, file] = route.split('=') as [string, string];
    return [path, readFileSync(file)];
  }),
);
const HEALTH = Buffer.from('{"status":"ok"}');

createServer((request, response) => {
  const body = request.url === '/healthz' ? HEALTH : bodies.get(request.url ?? '');
  request.resume();
  request.on('end', () => {
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    response.end(body);
  });
}).listen(Number(portArg), '127.0.0.1');

// Exit cleanly when stopped, so a --cpu-prof run writes its profile.
process.on('SIGTERM', () => process.exit(0));
