import { hashBytes } from './answerMemory.js';

/**
 * The results of batch checks, remembered by the check object's bytes as
 * they arrived and the runtime key's publisher, for one generation of the
 * entitlement index — the batch's counterpart of AnswerMemory. Apps ask the
 * same checks over and over; a check asked before costs a hash of its ~150
 * bytes, a comparison, and a copy of the remembered result into the answer.
 * Any change to the index forgets them all (`useGeneration`), so a remembered
 * result is never older than what the index would answer.
 */
export interface RememberedResult {
  /** The result as the route's serializer writes it, as UTF-8 bytes ready to copy into an answer. */
  readonly bytes: Buffer;
  /** The decision code's position in DECISION_CODES, for the decision counters. */
  readonly codeIndex: number;
}

interface Slot {
  readonly publisherTenantId: string;
  readonly request: Buffer;
  readonly result: RememberedResult;
  next: Slot | undefined;
}

export class BatchItemMemory {
  private readonly slots = new Map<number, Slot>();
  private count = 0;
  private generation = -1;

  /** At most this many results; past it, all are forgotten and remembering starts over. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.count;
  }

  useGeneration(generation: number): void {
    if (generation === this.generation) return;
    this.slots.clear();
    this.count = 0;
    this.generation = generation;
  }

  /** The result remembered for bytes [start, end) of `body`, asked with a key of this publisher. */
  get(publisherTenantId: string, body: Uint8Array, start: number, end: number): RememberedResult | undefined {
    for (let slot = this.slots.get(hashBytes(body, start, end)); slot !== undefined; slot = slot.next) {
      if (slot.publisherTenantId === publisherTenantId && slot.request.length === end - start && slot.request.compare(body, start, end) === 0) return slot.result;
    }
    return undefined;
  }

  remember(publisherTenantId: string, body: Uint8Array, start: number, end: number, result: RememberedResult): void {
    if (this.count >= this.capacity) {
      this.slots.clear();
      this.count = 0;
    }
    const hash = hashBytes(body, start, end);
    // The body sits in a reused buffer: keep a copy of the check's bytes.
    this.slots.set(hash, { publisherTenantId, request: Buffer.from(body.subarray(start, end)), result, next: this.slots.get(hash) });
    this.count++;
  }
}
