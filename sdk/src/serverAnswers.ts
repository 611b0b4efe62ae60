import type { DecisionCode } from './decisionCodes.js';
import type { CheckRequest, LicenseDecision, RequiredPlan } from './types.js';

/**
 * Turns the runtime API's JSON into typed decisions, refusing shapes the API
 * never sends (a proxy's page, a different service on the URL), so a bad
 * answer counts as the server being unavailable rather than as a verdict.
 */
export function readDecision(body: unknown): LicenseDecision | null {
  if (!isRecord(body) || typeof body.licensed !== 'boolean' || typeof body.code !== 'string' || typeof body.detail !== 'string') return null;
  const plans = Array.isArray(body.plans) ? body.plans.filter((p): p is string => typeof p === 'string') : [];
  const requiredPlans = Array.isArray(body.requiredPlans) ? body.requiredPlans.filter(isRequiredPlan) : [];
  return { licensed: body.licensed, code: body.code as DecisionCode, detail: body.detail, plans, requiredPlans, source: 'server' };
}

export function readBatch(body: unknown, expected: number): LicenseDecision[] | null {
  if (!isRecord(body) || !Array.isArray(body.results) || body.results.length !== expected) return null;
  const decisions = body.results.map(readDecision);
  return decisions.every((d): d is LicenseDecision => d !== null) ? decisions : null;
}

export function readIssuedToken(body: unknown): { decision: LicenseDecision; token: string | null; expiresAt: Date | null } | null {
  const decision = readDecision(body);
  if (!decision || !isRecord(body)) return null;
  const token = typeof body.token === 'string' ? body.token : null;
  const expiresAt = typeof body.expiresAt === 'string' ? new Date(body.expiresAt) : null;
  return { decision, token, expiresAt };
}

/** Only the fields the API accepts: it rejects unknown ones. */
export function checkBody(request: CheckRequest): CheckRequest {
  const body: CheckRequest = { tenantId: request.tenantId, user: request.user, appModule: request.appModule };
  if (request.atLeastRevision !== undefined) body.atLeastRevision = request.atLeastRevision;
  return body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRequiredPlan(value: unknown): value is RequiredPlan {
  return isRecord(value) && typeof value.serviceId === 'string' && typeof value.displayName === 'string' && typeof value.moreInfoUrl === 'string';
}
