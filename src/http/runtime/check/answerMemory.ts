/**
 * The serialized answers of the runtime check, remembered per runtime key and
 * request body for one generation of the entitlement index: apps ask the same
 * checks over and over, and between two changes to the index the same
 * question always gets the same answer. Any change (this server's commands,
 * other servers' notifications, the lifecycle job) forgets them all, so a
 * remembered answer is never older than the index the check would read.
 *
 * Looked up by the body's bytes as they arrived — no decoding, no key string:
 * a 32-bit hash picks the slot, and the key and the bytes are compared in full,
 * so a collision costs a comparison, never a wrong answer.
 */
export interface RememberedAnswer {
  /** The serialized answer body. */
  readonly body: Buffer;
  /** Its response headers as a flat name/value list, built once. */
  readonly headers: readonly string[];
  /** The decision code's position in DECISION_CODES, for the decision counters. */
  readonly codeIndex: number;
}

interface Slot {
  readonly keyHash: string;
  readonly request: Buffer;
  readonly answer: RememberedAnswer;
  next: Slot | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export class AnswerMemory {
  private readonly slots = new Map<number, Slot>();
  private count = 0;
  private generation = -1;

  /** At most this many answers (~500 bytes each); past it, all are forgotten and remembering starts over. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.count;
  }

  /** Forgets everything unless `generation` is the one the remembered answers belong to. */
  useGeneration(generation: number): void {
    if (generation === this.generation) return;
    this.clear();
    this.generation = generation;
  }

  /** `keyHash` is the runtime key's hash (the token cache's key); `request` the raw body. */
  get(keyHash: string, request: Buffer): RememberedAnswer | undefined {
    for (let slot = this.slots.get(hashBytes(request)); slot !== undefined; slot = slot.next) {
      if (slot.keyHash === keyHash && slot.request.equals(request)) return slot.answer;
    }
    return undefined;
  }

  remember(keyHash: string, request: Buffer, body: Buffer, codeIndex: number): RememberedAnswer {
    if (this.count >= this.capacity) this.clear();
    const answer: RememberedAnswer = { body, headers: ['content-type', JSON_TYPE, 'content-length', String(body.length)], codeIndex };
    const hash = hashBytes(request);
    // The request's bytes may sit in a pooled buffer shared with later reads: keep a copy.
    this.slots.set(hash, { keyHash, request: Buffer.from(request), answer, next: this.slots.get(hash) });
    this.count++;
    return answer;
  }

  clear(): void {
    this.slots.clear();
    this.count = 0;
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
