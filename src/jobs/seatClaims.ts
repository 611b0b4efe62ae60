import type { FastifyInstance } from 'fastify';
import { claimSeat, type ClaimOutcome } from '../commands/seats/claimSeat.js';
import type { SeatClaimRequest } from '../runtime/seatClaimRequest.js';
import { runUseCase as runAs } from '../commands/runUseCase.js';

/** A claim that ended without a seat (waiting, not allowed) is not tried again for this long. */
const RETRY_AFTER_MS = 60_000;
/** At most this many different claims wait at once; more are dropped (the app asks again with its next check). */
const MAX_PENDING = 10_000;

/**
 * Seat claims the license check asked for (`"claim": true`). The check only
 * notes the claim here — a Map write — and answers from memory; the claims
 * run right after, one at a time, each in its own transaction through
 * claimSeat (the one allocation path). Once a claim got a seat, the index
 * says so and the app's next check answers LICENSED. A claim that ended in
 * the waiting room, or was not allowed, is not repeated for a minute however
 * often the app asks.
 */
export class SeatClaimQueue {
  private pending = new Map<string, SeatClaimRequest>();
  private readonly tried = new Map<string, number>();
  private draining: Promise<void> | null = null;
  private scheduled = false;
  /** Outcomes so far (tests, metrics). */
  readonly outcomes = { claimed: 0, waiting: 0, notAllowed: 0, failed: 0 };

  constructor(private readonly app: FastifyInstance) {}

  request(claim: SeatClaimRequest): void {
    if (this.pending.has(claim.key) || this.pending.size >= MAX_PENDING) return;
    const triedAt = this.tried.get(claim.key);
    if (triedAt !== undefined && this.app.clock.epochMillis() - triedAt < RETRY_AFTER_MS) return;
    this.pending.set(claim.key, claim);
    if (!this.scheduled && !this.draining) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        void this.drain();
      });
    }
  }

  /** Runs every waiting claim; resolves when none is left (tests await it). */
  drain(): Promise<void> {
    this.draining ??= this.run().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async run(): Promise<void> {
    while (this.pending.size > 0) {
      const claims = [...this.pending.values()];
      this.pending = new Map();
      for (const claim of claims) {
        const now = this.app.clock.epochMillis();
        this.tried.set(claim.key, now);
        try {
          const outcome = await this.claim(claim);
          if (outcome?.outcome === 'claimed' || outcome?.outcome === 'holding') {
            this.outcomes.claimed++;
            this.tried.delete(claim.key);
          } else if (outcome?.outcome === 'waiting') this.outcomes.waiting++;
          else this.outcomes.notAllowed++;
        } catch (error) {
          this.outcomes.failed++;
          this.tried.delete(claim.key);
          this.app.log.warn({ err: error, tenantId: claim.tenantId, appModule: claim.appModule }, 'seat claim failed');
        }
      }
      for (const [key, at] of this.tried) if (this.app.clock.epochMillis() - at >= RETRY_AFTER_MS) this.tried.delete(key);
    }
  }

  private async claim(claim: SeatClaimRequest): Promise<ClaimOutcome | null> {
    const index = this.app.entitlements.index;
    const user = index.findUser(claim.tenantId, claim.user);
    const appModule = index.appModule(claim.appModule);
    if (!user || !appModule || !index.isInstalled(claim.tenantId, appModule.offerId)) return null;
    return runAs(this.app, 'system', (ctx) => claimSeat(ctx, { tenantId: claim.tenantId, userId: user.userId, serviceIds: appModule.requiredServiceIds, via: 'claim' }));
  }
}
