import type { SeatClaimRequest } from '../../../runtime/seatClaimRequest.js';
/**
 * What the check answered, remembered by the request's bytes as they arrived
 * and a key (the runtime key's hash, or its publisher), for one generation of
 * the entitlement index: apps ask the same checks over and over, and between
 * two changes to the index the same question always gets the same answer. Any
 * change (this server's commands, other servers' notifications, the lifecycle
 * job) forgets them all, so a remembered answer is never older than the index
 * the check would read.
 *
 * Looked up by bytes — no decoding, no key string: a 32-bit hash picks the
 * slot, and the key and the bytes are compared in full, so a collision costs a
 * comparison, never a wrong answer. Single checks remember whole answers by
 * their body (AnswerMemory); batches remember each check's result by the
 * check object's bytes within the body.
 */
export class BytesMemory<T> {
  private readonly slots = new Map<number, Slot<T>>();
  private count = 0;
  private generation = -1;

  /** At most this many entries; past it, all are forgotten and remembering starts over. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.count;
  }

  /** Forgets everything unless `generation` is the one the remembered entries belong to. */
  useGeneration(generation: number): void {
    if (generation === this.generation) return;
    this.clear();
    this.generation = generation;
  }

  /** What was remembered for `key` and bytes [start, end) of `bytes`. */
  get(key: string, bytes: Uint8Array, start = 0, end = bytes.length): T | undefined {
    for (let slot = this.slots.get(hashBytes(bytes, start, end)); slot !== undefined; slot = slot.next) {
      if (slot.key === key && slot.request.length === end - start && slot.request.compare(bytes, start, end) === 0) return slot.value;
    }
    return undefined;
  }

  remember(key: string, bytes: Uint8Array, start: number, end: number, value: T): T {
    if (this.count >= this.capacity) this.clear();
    const hash = hashBytes(bytes, start, end);
    // The bytes may sit in a pooled or reused buffer: keep a copy.
    this.slots.set(hash, { key, request: Buffer.from(bytes.subarray(start, end)), value, next: this.slots.get(hash) });
    this.count++;
    return value;
  }

  clear(): void {
    this.slots.clear();
    this.count = 0;
  }
}

interface Slot<T> {
  readonly key: string;
  readonly request: Buffer;
  readonly value: T;
  next: Slot<T> | undefined;
}

/** A single check's whole answer. */
export interface RememberedAnswer {
  /** The serialized answer body. */
  readonly body: Buffer;
  /** Its response headers as a flat name/value list, built once. */
  readonly headers: readonly string[];
  /** The decision code's position in DECISION_CODES, for the decision counters. */
  readonly codeIndex: number;
  /** A licensed answer's usage key (EntitlementIndex.usageKey): every time it is sent, the use is noted. */
  readonly usageKey?: string | undefined;
  /** An unlicensed answer to a check that asked `"claim": true`: every time it is sent, a claim is asked for (off the check's path). */
  readonly claim?: SeatClaimRequest | undefined;
}

export type { SeatClaimRequest };

/** A batch item's result, as the route's serializer writes it, ready to copy into an answer. */
export interface RememberedResult {
  readonly bytes: Buffer;
  readonly codeIndex: number;
  readonly usageKey?: string | undefined;
  readonly claim?: SeatClaimRequest | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Whole single-check answers by runtime key and request body. */
export class AnswerMemory extends BytesMemory<RememberedAnswer> {
  rememberAnswer(keyHash: string, request: Buffer, body: Buffer, codeIndex: number, usageKey?: string, claim?: SeatClaimRequest): RememberedAnswer {
    return this.remember(keyHash, request, 0, request.length, {
      body,
      headers: ['content-type', JSON_TYPE, 'content-length', String(body.length)],
      codeIndex,
      usageKey,
      claim,
    });
  }
}

/**
 * FNV-1a over the bytes taken four at a time, then mixed: cheap (a check's
 * body is ~150 bytes), and it spreads the few bytes in which two checks differ.
 */
export function hashBytes(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let hash = 0x811c9dc5 ^ (end - start);
  const whole = start + ((end - start) & ~3);
  let i = start;
  for (; i < whole; i += 4) hash = Math.imul(hash ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)), 0x01000193);
  for (; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}
