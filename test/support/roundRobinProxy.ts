import { createServer, request, type Server } from 'node:http';

/**
 * One address in front of several servers, as a load balancer puts it: each
 * request goes to the next backend in turn (no stickiness), body and headers
 * passed through, and the proxy counts what each backend answered.
 */
export interface RoundRobinProxy {
  base: string;
  /** Requests sent to each backend, in the order the backends were given. */
  served: number[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(backends: { port: number }[]): Promise<RoundRobinProxy> {
  const served = backends.map(() => 0);
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const index = next++ % backends.length;
    served[index]!++;
    const forward = request(
      { host: '127.0.0.1', port: backends[index]!.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
