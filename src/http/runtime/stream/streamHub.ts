import type { ServerResponse } from 'node:http';
import type { EntitlementChange } from '../../../runtime/entitlementChanges.js';
import type { EntitlementIndex } from '../../../runtime/entitlementIndex.js';
import type { IndexSubscriber } from '../../../runtime/entitlementSync.js';
import {
  installsMessage,
  isVisible,
  modulesMessage,
  productMessages,
  scopeOf,
  tenantMessages,
  usersMessages,
  visibleTenants,
  type PublisherScope,
  type StreamMessage,
} from '../../../runtime/publisherView.js';

/** One revision's changes as they reached the index. */
interface Applied {
  revision: bigint;
  changes: readonly EntitlementChange[];
}

export interface StreamSettings {
  heartbeatSeconds: number;
  replayRevisions: number;
  maxConnectionsPerKey: number;
}

export interface StreamSource {
  readonly index: EntitlementIndex;
  readonly revision: bigint;
}

/** A slow reader that falls this far behind is cut off; it resumes with Last-Event-ID. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** While writing a snapshot, let checks run after about this much. */
const YIELD_EVERY_BYTES = 256 * 1024;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The runtime stream's side of the index: every revision that reaches the
 * index is kept in a ring of recent ones (to resume a stream from
 * Last-Event-ID) and handed to every open stream, which turns it into state
 * messages for its publisher. A rebuild of the index (a gap in the feed)
 * empties the ring and sends every stream a new snapshot.
 */
export class StreamHub implements IndexSubscriber {
  private ring: Applied[] = [];
  /** The ring holds every revision above this one. */
  private floor: bigint | null = null;
  private readonly streams = new Set<RuntimeStream>();
  private readonly perKey = new Map<string, number>();

  constructor(
    private readonly source: StreamSource,
    readonly settings: StreamSettings,
  ) {}

  changed(revision: bigint, changes: readonly EntitlementChange[]): void {
    const applied = { revision, changes };
    this.ring.push(applied);
    if (this.ring.length > this.settings.replayRevisions) this.floor = this.ring.shift()!.revision;
    for (const stream of this.streams) stream.push(applied);
  }

  rebuilt(revision: bigint): void {
    this.ring = [];
    this.floor = revision;
    for (const stream of this.streams) stream.resnapshot();
  }

  /** Revisions after `lastEventId`, or null when they are no longer all known (a snapshot is needed). */
  since(lastEventId: bigint): Applied[] | null {
    if (this.floor === null || lastEventId < this.floor) return null;
    return this.ring.filter((applied) => applied.revision > lastEventId);
  }

  /** Takes a connection slot of the key; false when it has them all. */
  admit(key: string): boolean {
    const open = this.perKey.get(key) ?? 0;
    if (open >= this.settings.maxConnectionsPerKey) return false;
    this.perKey.set(key, open + 1);
    return true;
  }

  open(options: { key: string; publisherTenantId: string; res: ServerResponse; lastEventId: bigint | null; stillAllowed: () => boolean }): RuntimeStream {
    const stream = new RuntimeStream(this.source, options.publisherTenantId, options.res, this.settings.heartbeatSeconds, options.stillAllowed, () => {
      this.streams.delete(stream);
      const open = (this.perKey.get(options.key) ?? 1) - 1;
      if (open > 0) this.perKey.set(options.key, open);
      else this.perKey.delete(options.key);
    });
    this.streams.add(stream);
    const replay = options.lastEventId === null ? null : this.since(options.lastEventId);
    stream.start(options.lastEventId, replay);
    return stream;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  closeAll(): void {
    for (const stream of this.streams) stream.close();
  }
}

type Work = Applied | 'snapshot';

/** One open `GET /api/v1/runtime/stream`: a snapshot, then state messages, in revision order. */
export class RuntimeStream {
  private queue: Work[] = [];
  private pumping = false;
  private closed = false;
  /** The id of the last event sent: the client has every revision up to it. */
  private lastId: bigint = -1n;
  /** The newest revision handled, sent as a `revision` event when nothing else carried it. */
  private handled: bigint = -1n;
  private visible = new Set<string>();
  private scope: PublisherScope | null = null;
  private readonly heartbeat: NodeJS.Timeout;
  private sinceYield = 0;

  constructor(
    private readonly source: StreamSource,
    private readonly publisherTenantId: string,
    private readonly res: ServerResponse,
    heartbeatSeconds: number,
    private readonly stillAllowed: () => boolean,
    private readonly onClose: () => void,
  ) {
    res.on('close', () => this.close());
    this.heartbeat = setInterval(() => {
      if (!this.stillAllowed()) {
        this.close();
        return;
      }
      if (!this.pumping) this.res.write(': ping\n\n');
    }, heartbeatSeconds * 1000);
    this.heartbeat.unref();
  }

  start(lastEventId: bigint | null, replay: Applied[] | null): void {
    this.res.write('retry: 1000\n\n');
    if (lastEventId === null || replay === null) {
      this.queue.push('snapshot');
    } else {
      // Resumed: the client has everything up to lastEventId; what came after is sent again, as it is now.
      this.lastId = lastEventId;
      this.handled = lastEventId;
      this.scope = scopeOf(this.source.index, this.publisherTenantId);
      this.visible = new Set(visibleTenants(this.source.index, this.scope));
      this.queue.push(...replay);
      if (!replay.length) this.queue.push({ revision: this.source.revision, changes: [] });
    }
    void this.pump();
  }

  push(applied: Applied): void {
    if (this.closed) return;
    this.queue.push(applied);
    if (this.queue.length > 10_000) this.queue = ['snapshot'];
    void this.pump();
  }

  resnapshot(): void {
    if (this.closed) return;
    this.queue = ['snapshot'];
    void this.pump();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    this.queue = [];
    if (!this.res.writableEnded) this.res.end();
    this.onClose();
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    try {
      while (this.queue.length && !this.closed) {
        const work = this.queue.shift()!;
        if (work === 'snapshot') await this.snapshot();
        else await this.changes(work);
        if (!this.queue.length && this.handled > this.lastId && !this.closed) {
          await this.send(['revision', { revision: String(this.handled) }], this.handled);
        }
      }
    } catch (error) {
      // The connection went away mid-write: the client resumes with Last-Event-ID.
      this.res.destroy(error as Error);
      this.close();
    } finally {
      this.pumping = false;
    }
  }

  /** The publisher's whole state at the index's revision, tenant by tenant, then `ready` with its id. */
  private async snapshot(): Promise<void> {
    const index = this.source.index;
    const revision = this.source.revision;
    this.scope = scopeOf(index, this.publisherTenantId);
    const tenants = visibleTenants(index, this.scope);
    this.visible = new Set(tenants);
    const [, modules] = modulesMessage(this.scope);
    await this.send(['snapshot', { revision: String(revision), ...modules, tenants: tenants.length }]);
    for (const tenantId of tenants) {
      for (const message of tenantMessages(index, this.scope, tenantId)) await this.send(message);
    }
    await this.send(['ready', { revision: String(revision) }], revision);
    this.handled = revision;
    // Revisions queued meanwhile at or below it are in what was sent.
    this.queue = this.queue.filter((work) => work === 'snapshot' || work.revision > revision);
  }

  /** One revision's changes as state messages of this publisher; the last carries its id. */
  private async changes(applied: Applied): Promise<void> {
    if (applied.revision <= this.handled) return;
    const messages = [...this.messagesFor(applied.changes)];
    for (let i = 0; i < messages.length; i++) await this.send(messages[i]!, i === messages.length - 1 ? applied.revision : undefined);
    this.handled = applied.revision;
  }

  private *messagesFor(changes: readonly EntitlementChange[]): Generator<StreamMessage> {
    const index = this.source.index;
    let scope = this.scope ?? (this.scope = scopeOf(index, this.publisherTenantId));
    for (const change of changes) {
      switch (change.kind) {
        case 'credentials':
          break;
        case 'catalog': {
          scope = this.scope = scopeOf(index, this.publisherTenantId);
          yield modulesMessage(scope);
          yield* this.revisit(visibleTenants(index, scope).concat([...this.visible]));
          break;
        }
        case 'tenant':
        case 'installs': {
          const wasVisible = this.visible.has(change.tenantId);
          if (change.kind === 'installs' && wasVisible && isVisible(index, scope, change.tenantId)) yield installsMessage(index, scope, change.tenantId);
          else yield* this.revisit([change.tenantId], change.kind === 'tenant');
          break;
        }
        case 'users':
          if (this.visible.has(change.tenantId)) yield* usersMessages(index, change.tenantId, change.userIds);
          break;
        case 'product':
          if (this.visible.has(change.tenantId)) yield* productMessages(index, scope, change.tenantId, change.planId);
          break;
      }
    }
  }

  /** Tenants whose visibility may have changed: newly visible (or reloaded) ones in full, gone ones removed. */
  private *revisit(tenantIds: string[], reload = false): Generator<StreamMessage> {
    const index = this.source.index;
    for (const tenantId of new Set(tenantIds)) {
      const visible = isVisible(index, this.scope!, tenantId);
      const was = this.visible.has(tenantId);
      if (visible && (!was || reload)) {
        this.visible.add(tenantId);
        yield* tenantMessages(index, this.scope!, tenantId);
      } else if (!visible && was) {
        this.visible.delete(tenantId);
        yield ['tenant.removed', { tenantId }];
      }
    }
  }

  /** Writes one event; waits when the socket's buffer is full (and now and then lets checks run). */
  private async send([event, data]: StreamMessage, id?: bigint): Promise<void> {
    if (this.closed) return;
    const text = `event: ${event}\n${id !== undefined ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
    if (id !== undefined) this.lastId = id;
    const flowing = this.res.write(text);
    this.sinceYield += text.length;
    if (!flowing) {
      if (this.res.writableLength > MAX_BUFFERED_BYTES) throw new Error('the stream reader fell too far behind');
      await new Promise<void>((resolve) => {
        const done = () => {
          this.res.off('drain', done);
          this.res.off('close', done);
          resolve();
        };
        this.res.on('drain', done);
        this.res.on('close', done);
      });
      this.sinceYield = 0;
    } else if (this.sinceYield > YIELD_EVERY_BYTES) {
      this.sinceYield = 0;
      await yieldToEventLoop();
    }
  }
}
