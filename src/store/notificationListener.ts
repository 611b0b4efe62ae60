import pg from 'pg';

export interface NotificationListenerOptions {
  connectionString: string;
  connectionOptions?: pg.ClientConfig;
  channel: string;
  onNotification(payload: string): void;
  /** Called after every successful LISTEN; `afterGap` when an earlier connection was lost (notifications in between are gone). */
  onListening(afterGap: boolean): void;
  onProblem(message: string, error: Error): void;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel, and keeps
 * doing so: a connection that errors or ends (a restart, failover,
 * pg_terminate_backend, a network cut) is replaced, with growing pauses while
 * the server refuses, for as long as the process runs. PostgreSQL does not
 * keep notifications for a listener that was away, so every reconnection is
 * reported as a gap for the caller to make up for.
 */
export class NotificationListener {
  private client: pg.Client | null = null;
  private everListened = false;
  private retryDelay = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: NotificationListenerOptions) {}

  get listening(): boolean {
    return this.client !== null;
  }

  /** The first attempt; on failure it keeps retrying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Drops the connection and listens afresh (e.g. when a heartbeat did not come back). */
  restart(reason: string): void {
    const client = this.client;
    if (!client) return;
    this.lost(client, new Error(reason));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const { statement_timeout: _ignored, ...settings } = this.options.connectionOptions ?? {};
    const client = new pg.Client({ ...settings, connectionString: this.options.connectionString, application_name: 'licensehub-listener' });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    client.on('notification', (message) => {
      if (message.channel === this.options.channel && message.payload) this.options.onNotification(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${this.options.channel}`);
    } catch (error) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      this.retryLater(error as Error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryDelay = 0;
    const afterGap = this.everListened;
    this.everListened = true;
    this.options.onListening(afterGap);
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.retryLater(error);
  }

  private retryLater(error: Error): void {
    if (this.closed || this.retryTimer) return;
    this.retryDelay = Math.min(Math.max(this.retryDelay * 2, FIRST_RETRY_MS), MAX_RETRY_MS);
    this.options.onProblem(`change notifications interrupted; listening again in ${this.retryDelay} ms`, error);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryDelay);
    this.retryTimer.unref();
  }
}
