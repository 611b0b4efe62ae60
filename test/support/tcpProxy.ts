import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that a test can cut: `refuse()` drops
 * every connection through it and stops listening, so new connections are
 * refused as by a database that is down; `accept()` listens again on the same
 * port. What the server under test sees is exactly a network or server outage.
 */
export class TcpProxy {
  private server: Server | null = null;
  /** Listening in place of the proxy while it resets every connection (resetEach). */
  private resetter: Server | null = null;
  /** Connections reset since resetEach() began: the attempts a client made to reach the database. */
  resets = 0;
  private readonly sockets = new Set<Socket>();
  private portNumber = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  get port(): number {
    return this.portNumber;
  }

  /** The URL to give the server under test: `url` with its host and port replaced by the proxy's. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.portNumber);
    return parsed.toString();
  }

  async accept(): Promise<void> {
    await this.stopResetting();
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.portNumber, '127.0.0.1', resolve));
    this.portNumber = (server.address() as { port: number }).port;
    this.server = server;
  }

  /**
   * Like refuse(), but the port keeps listening and resets each connection as it opens, counting
   * them in `resets`: a database that is away, where a test can see how often it was tried.
   */
  async resetEach(): Promise<void> {
    await this.refuse();
    this.resets = 0;
    const resetter = createServer((client) => {
      this.resets++;
      client.on('error', () => undefined);
      client.resetAndDestroy();
    });
    await new Promise<void>((resolve) => resetter.listen(this.portNumber, '127.0.0.1', resolve));
    this.resetter = resetter;
  }

  private async stopResetting(): Promise<void> {
    const resetter = this.resetter;
    this.resetter = null;
    if (resetter) await new Promise<void>((resolve) => resetter.close(() => resolve()));
  }

  async refuse(): Promise<void> {
    await this.stopResetting();
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}
