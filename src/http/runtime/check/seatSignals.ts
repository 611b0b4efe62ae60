import type { FastifyInstance } from 'fastify';
import type { DecisionCode } from '../../../domain/licenses/decision.js';
import type { EntitlementIndex } from '../../../runtime/entitlementIndex.js';
import type { SeatClaimRequest } from './answerMemory.js';
import type { CheckInput } from './schema.js';

/**
 * What a check's answer means for seats, worked out once per remembered answer:
 * a licensed answer notes a use (usage), an unlicensed answer to `"claim": true`
 * asks for a seat. Both are only noted on the check's path — a Map write — and
 * acted on elsewhere (the usage flush job, the seat claim queue).
 */
export interface SeatSignals {
  usageKey?: string | undefined;
  claim?: SeatClaimRequest | undefined;
}

const NONE: SeatSignals = Object.freeze({});
/** The refusals a seat could change. */
const CLAIMABLE = new Set<DecisionCode>(['NOT_ASSIGNED', 'NOT_ENOUGH_LICENSES']);

export function seatSignals(index: EntitlementIndex, check: CheckInput, result: { licensed: boolean; code: DecisionCode; plans: readonly string[] }): SeatSignals {
  if (result.licensed) {
    const usageKey = index.usageKey(check.tenantId, check.user, result.plans);
    return usageKey === undefined ? NONE : { usageKey };
  }
  if (check.claim === true && CLAIMABLE.has(result.code)) {
    const user = check.user.toLowerCase();
    return { claim: { key: `${check.tenantId} ${user} ${check.appModule}`, tenantId: check.tenantId, user, appModule: check.appModule } };
  }
  return NONE;
}

/** Notes the signals (a Map write each): per answer sent, remembered or not. */
export function noteSeatSignals(app: FastifyInstance, signals: SeatSignals): void {
  if (signals.usageKey !== undefined) app.seatUsage.touch(signals.usageKey, app.clock.epochMillis());
  else if (signals.claim !== undefined) app.seatClaims.request(signals.claim);
}
