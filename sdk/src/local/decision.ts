// Generated from src/domain/licenses/decision.ts by sdk/scripts/copyDecision.mjs: do not edit here.
import type { SeatState } from './decisionTypes.js';
import type { LicenseState } from './decisionTypes.js';

/**
 * May this user run this app module? One pure function answers for the runtime API,
 * the launch page and the SDK, from data the in-memory entitlement index already
 * holds. It is on the hot path: no sorting, no lookups beyond the module's few
 * required plans, and no allocation other than the result.
 */

/** Every answer, in the order the conditions are checked: the first that applies wins. */
export const DECISION_CODES = [
  { code: 'UNKNOWN_APP_MODULE', licensed: false, description: 'No published offer contains an app module with this unique name.' },
  { code: 'APP_NOT_INSTALLED', licensed: false, description: "The app is not installed in any environment of the user's tenant." },
  { code: 'UNKNOWN_USER', licensed: false, description: 'The tenant has no such user.' },
  { code: 'USER_DISABLED', licensed: false, description: 'The user is disabled.' },
  { code: 'NO_LICENSE_REQUIRED', licensed: true, description: 'No plan maps this app module, so anyone in the tenant may run it.' },
  { code: 'LICENSED', licensed: true, description: 'The user holds an active seat of a plan that maps this app module.' },
  { code: 'LICENSED_GRACE_PERIOD', licensed: true, description: "The user's only granting seats belong to deals that have ended and are in their grace period." },
  { code: 'SUSPENDED', licensed: false, description: 'The user holds seats of plans that map this app module, but all of them are suspended.' },
  { code: 'NOT_ENOUGH_LICENSES', licensed: false, description: "The user is entitled through a group but is beyond the plan's seat count." },
  { code: 'NOT_ASSIGNED', licensed: false, description: 'The user holds no license for any plan that maps this app module.' },
] as const;

export type DecisionCode = (typeof DECISION_CODES)[number]['code'];

export interface AppModuleInfo {
  uniqueName: string;
  /** Shown to people, e.g. "Field Service Hub". */
  displayName: string;
  /** Service IDs of the plans that map this app module; empty when it needs no license. */
  requiredServiceIds: readonly string[];
  /** Their display names, in the same order. */
  requiredPlanDisplayNames: readonly string[];
}

export interface UserInfo {
  userId: string;
  displayName: string;
  enabled: boolean;
}

/** What a user holds of one plan: their seat, and the state of the deals behind the plan. */
export interface PlanHolding {
  seatState: SeatState;
  licenseState: LicenseState;
}

export interface DecisionInput {
  /** The user and app module as the caller named them; only used in messages. */
  requestedUser: string;
  requestedAppModule: string;
  /** Undefined when no published offer has this app module. */
  appModule: AppModuleInfo | undefined;
  /** Whether the app module's offer is installed in some environment of the user's tenant. */
  installed: boolean;
  /** Undefined when the tenant has no such user. */
  user: UserInfo | undefined;
  /** The user's holdings by Service ID, across all plans. */
  holdings: ReadonlyMap<string, PlanHolding>;
  /**
   * Whether the user's tenant holds licenses of a plan (by Service ID; not removed), so a refusal
   * asks the administrator to assign a plan the tenant has — or, when it has none, to get one.
   */
  tenantHolds(serviceId: string): boolean;
}

export interface Decision {
  licensed: boolean;
  code: DecisionCode;
  /** A sentence for the person who was refused (or let in). */
  detail: string;
  /** Service IDs whose seats grant the user this app module now. */
  plans: readonly string[];
  /** Service IDs of the plans that would grant it. */
  requiredPlans: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export function decideLicense(input: DecisionInput): Decision {
  const { appModule, user } = input;
  if (!appModule) {
    return refuse('UNKNOWN_APP_MODULE', `No published app contains an app module named "${input.requestedAppModule}".`, NONE);
  }
  const required = appModule.requiredServiceIds;
  if (!input.installed) {
    return refuse('APP_NOT_INSTALLED', `${appModule.displayName} is not installed in your organization. Ask your administrator to install it.`, required);
  }
  if (!user) {
    return refuse('UNKNOWN_USER', `There is no user "${input.requestedUser}" in this organization.`, required);
  }
  if (!user.enabled) {
    return refuse('USER_DISABLED', `${user.displayName}'s account is disabled. Ask your administrator to enable it.`, required);
  }
  if (required.length === 0) {
    return { licensed: true, code: 'NO_LICENSE_REQUIRED', detail: `${appModule.displayName} does not require a license.`, plans: NONE, requiredPlans: required };
  }

  // One pass over the (few) plans that map the module, remembering what was found.
  let activeSeats = 0;
  let graceSeats = 0;
  let suspendedPlans = 0;
  let seatsBeyondCount = 0;
  for (const serviceId of required) {
    const holding = input.holdings.get(serviceId);
    if (!holding || holding.licenseState === 'removed') continue;
    if (holding.licenseState === 'suspended') suspendedPlans++;
    else if (holding.seatState !== 'active') seatsBeyondCount++;
    else if (holding.licenseState === 'active') activeSeats++;
    else graceSeats++;
  }

  const who = user.displayName;
  const app = appModule.displayName;
  if (activeSeats > 0) {
    return grant('LICENSED', `${who} has a license for ${app}.`, grantingPlans(required, input.holdings, activeSeats + graceSeats), required);
  }
  if (graceSeats > 0) {
    return grant(
      'LICENSED_GRACE_PERIOD',
      `${who} can use ${app}, but the agreement for ${namesOf(appModule, input, (_, h) => h?.seatState === 'active' && h.licenseState === 'warning')} has ended and is in its grace period. Ask your administrator to renew it.`,
      grantingPlans(required, input.holdings, graceSeats),
      required,
    );
  }
  if (suspendedPlans > 0 && seatsBeyondCount === 0) {
    return refuse('SUSPENDED', `${who}'s license for ${app} is suspended because the agreement for ${namesOf(appModule, input, (_, h) => h?.licenseState === 'suspended')} has ended. Ask your administrator to renew it.`, required);
  }
  if (seatsBeyondCount > 0) {
    return refuse(
      'NOT_ENOUGH_LICENSES',
      `${who} is assigned ${namesOf(appModule, input, (_, h) => h !== undefined && h.seatState !== 'active' && h.licenseState !== 'suspended' && h.licenseState !== 'removed')}, but all of its licenses are taken by people assigned earlier. Ask your administrator to buy more licenses or free one.`,
      required,
    );
  }
  const held = namesOf(appModule, input, (serviceId) => input.tenantHolds(serviceId));
  return refuse(
    'NOT_ASSIGNED',
    held
      ? `${who} does not have a license for ${app}. Ask your administrator to assign ${held}.`
      : `${who} does not have a license for ${app}, and your organization has none of ${namesOf(appModule, input, () => true)}. Ask your administrator to get one.`,
    required,
  );
}

/** The display names of the module's plans for which `applies` holds, as one phrase ("Gold or Silver"): each sentence names only the plans that concern this user. */
function namesOf(appModule: AppModuleInfo, input: DecisionInput, applies: (serviceId: string, holding: PlanHolding | undefined) => boolean): string {
  const names: string[] = [];
  appModule.requiredServiceIds.forEach((serviceId, i) => {
    const holding = input.holdings.get(serviceId);
    if (applies(serviceId, holding)) names.push(appModule.requiredPlanDisplayNames[i]!);
  });
  return joinPlanNames(names);
}

/** "Gold", "Gold or Silver", "Gold, Silver or Bronze": any one of them grants the module. */
export function joinPlanNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The Service IDs of the granting seats; `count` of them are known to exist. */
function grantingPlans(required: readonly string[], holdings: ReadonlyMap<string, PlanHolding>, count: number): readonly string[] {
  // The common case, a module mapped by one plan: reuse the index's array.
  if (count === required.length) return required;
  const plans: string[] = [];
  for (const serviceId of required) {
    const holding = holdings.get(serviceId);
    if (holding && holding.seatState === 'active' && (holding.licenseState === 'active' || holding.licenseState === 'warning')) {
      plans.push(serviceId);
    }
  }
  return plans;
}

function grant(code: DecisionCode, detail: string, plans: readonly string[], requiredPlans: readonly string[]): Decision {
  return { licensed: true, code, detail, plans, requiredPlans };
}

function refuse(code: DecisionCode, detail: string, requiredPlans: readonly string[]): Decision {
  return { licensed: false, code, detail, plans: NONE, requiredPlans };
}
