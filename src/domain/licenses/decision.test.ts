import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SeatState } from '../seats/seatAllocation.js';
import { DECISION_CODES, decideLicense, joinPlanNames, type AppModuleInfo, type DecisionCode, type DecisionInput, type PlanHolding } from './decision.js';
import type { LicenseState } from './lifecycle.js';

const GOLD = 'contoso.fieldops.gold';
const SILVER = 'contoso.fieldops.silver';
const OTHER = 'contoso.fieldops.bronze';

const dispatch: AppModuleInfo = {
  uniqueName: 'contoso_dispatch',
  displayName: 'Field Dispatch',
  requiredServiceIds: [GOLD, SILVER],
  requiredPlanDisplayNames: ['Field Ops Gold', 'Field Ops Silver'],
};
const holding = (seatState: SeatState, licenseState: LicenseState): PlanHolding => ({ seatState, licenseState });

/** Ana, enabled, in a tenant that installed the app, holding an active Gold seat. */
function input(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    requestedUser: 'ana@contoso.example',
    requestedAppModule: 'contoso_dispatch',
    appModule: dispatch,
    installed: true,
    user: { userId: 'u-ana', displayName: 'Ana Souza', enabled: true },
    holdings: new Map([[GOLD, holding('active', 'active')]]),
    // The tenant bought Gold and Silver.
    tenantHolds: (serviceId) => serviceId === GOLD || serviceId === SILVER,
    ...overrides,
  };
}
const holdings = (...entries: [string, PlanHolding][]) => new Map(entries);

describe('decideLicense, one example per code', () => {
  const examples: [DecisionCode, DecisionInput][] = [
    ['UNKNOWN_APP_MODULE', input({ appModule: undefined, requestedAppModule: 'nope_app' })],
    ['APP_NOT_INSTALLED', input({ installed: false })],
    ['UNKNOWN_USER', input({ user: undefined, requestedUser: 'ghost@contoso.example' })],
    ['USER_DISABLED', input({ user: { userId: 'u-ana', displayName: 'Ana Souza', enabled: false } })],
    ['NO_LICENSE_REQUIRED', input({ appModule: { ...dispatch, requiredServiceIds: [], requiredPlanDisplayNames: [] }, holdings: new Map() })],
    ['LICENSED', input()],
    ['LICENSED_GRACE_PERIOD', input({ holdings: holdings([GOLD, holding('active', 'warning')]) })],
    ['SUSPENDED', input({ holdings: holdings([GOLD, holding('active', 'suspended')], [SILVER, holding('not_enough_licenses', 'suspended')]) })],
    ['NOT_ENOUGH_LICENSES', input({ holdings: holdings([GOLD, holding('not_enough_licenses', 'active')]) })],
    ['NOT_ASSIGNED', input({ holdings: new Map() })],
  ];

  test('every code is reachable, and these examples cover them all', () => {
    assert.deepEqual(
      examples.map(([code]) => code),
      DECISION_CODES.map((c) => c.code),
    );
  });

  for (const [code, example] of examples) {
    test(code, () => {
      const decision = decideLicense(example);
      assert.equal(decision.code, code);
      assert.equal(decision.licensed, DECISION_CODES.find((c) => c.code === code)?.licensed);
      assert.match(decision.detail, /^[A-Z].*\.$/, 'a full sentence');
    });
  }

  test('messages name the person, the app, the plans, or what was asked', () => {
    const byCode = new Map(examples.map(([code, example]) => [code, decideLicense(example).detail]));
    assert.equal(byCode.get('NOT_ASSIGNED'), 'Ana Souza does not have a license for Field Dispatch. Ask your administrator to assign Field Ops Gold or Field Ops Silver.');
    assert.match(byCode.get('UNKNOWN_APP_MODULE') ?? '', /"nope_app"/);
    assert.match(byCode.get('UNKNOWN_USER') ?? '', /"ghost@contoso.example"/);
    assert.match(byCode.get('APP_NOT_INSTALLED') ?? '', /^Field Dispatch is not installed/);
    assert.match(byCode.get('USER_DISABLED') ?? '', /^Ana Souza's account is disabled/);
    assert.match(byCode.get('LICENSED_GRACE_PERIOD') ?? '', /grace period.*renew/);
    assert.match(byCode.get('SUSPENDED') ?? '', /suspended.*renew/);
    assert.equal(byCode.get('NOT_ENOUGH_LICENSES'), 'Ana Souza is assigned Field Ops Gold, but all of its licenses are taken by people assigned earlier. Ask your administrator to buy more licenses or free one.');
  });

  test('each sentence names only the plans that concern this user and tenant', () => {
    const detail = (overrides: Partial<DecisionInput>) => decideLicense(input(overrides)).detail;
    // Only Gold was bought: the admin is asked to assign Gold, not "Gold or Silver".
    assert.equal(detail({ holdings: new Map(), tenantHolds: (id) => id === GOLD }), 'Ana Souza does not have a license for Field Dispatch. Ask your administrator to assign Field Ops Gold.');
    // Nothing bought: the admin is asked to get one.
    assert.equal(
      detail({ holdings: new Map(), tenantHolds: () => false }),
      'Ana Souza does not have a license for Field Dispatch, and your organization has none of Field Ops Gold or Field Ops Silver. Ask your administrator to get one.',
    );
    // Grace and suspension name the plan whose agreement ended, not every plan of the module.
    assert.match(detail({ holdings: holdings([SILVER, holding('active', 'warning')]) }), /agreement for Field Ops Silver has ended and is in its grace period/);
    assert.match(detail({ holdings: holdings([GOLD, holding('active', 'suspended')]) }), /because the agreement for Field Ops Gold has ended/);
    assert.match(detail({ holdings: holdings([SILVER, holding('not_enough_licenses', 'active')]) }), /^Ana Souza is assigned Field Ops Silver, but/);
  });
});

describe('decideLicense, order and plans', () => {
  test('a disabled user with a license is refused as disabled', () => {
    assert.equal(decideLicense(input({ user: { userId: 'u-ana', displayName: 'Ana', enabled: false } })).code, 'USER_DISABLED');
  });

  test('the app and user checks come before "no license required"', () => {
    const free = { ...dispatch, requiredServiceIds: [], requiredPlanDisplayNames: [] };
    assert.equal(decideLicense(input({ appModule: free, installed: false })).code, 'APP_NOT_INSTALLED');
    assert.equal(decideLicense(input({ appModule: free, user: undefined })).code, 'UNKNOWN_USER');
    assert.equal(decideLicense(input({ appModule: free, user: { userId: 'u', displayName: 'Bo', enabled: false } })).code, 'USER_DISABLED');
  });

  test('an unknown app module wins over everything, an uninstalled app over an unknown user', () => {
    assert.equal(decideLicense(input({ appModule: undefined, installed: false, user: undefined })).code, 'UNKNOWN_APP_MODULE');
    assert.equal(decideLicense(input({ installed: false, user: undefined })).code, 'APP_NOT_INSTALLED');
  });

  test('one active seat is enough; plans lists every seat that grants it, requiredPlans every plan that would', () => {
    const decision = decideLicense(input({ holdings: holdings([GOLD, holding('active', 'warning')], [SILVER, holding('active', 'active')]) }));
    assert.equal(decision.code, 'LICENSED');
    assert.deepEqual(decision.plans, [GOLD, SILVER]);
    assert.deepEqual(decision.requiredPlans, [GOLD, SILVER]);
    const mixed = decideLicense(input({ holdings: holdings([GOLD, holding('not_enough_licenses', 'active')], [SILVER, holding('active', 'active')]) }));
    assert.deepEqual([mixed.code, mixed.plans], ['LICENSED', [SILVER]]);
  });

  test('a seat of a plan that does not map the module grants nothing', () => {
    const decision = decideLicense(input({ holdings: holdings([OTHER, holding('active', 'active')]) }));
    assert.deepEqual([decision.code, decision.plans, decision.requiredPlans], ['NOT_ASSIGNED', [], [GOLD, SILVER]]);
  });

  test('removed licenses are as good as none', () => {
    assert.equal(decideLicense(input({ holdings: holdings([GOLD, holding('active', 'removed')]) })).code, 'NOT_ASSIGNED');
  });

  test('suspended only when every held mapping plan is suspended', () => {
    const partly = holdings([GOLD, holding('active', 'suspended')], [SILVER, holding('not_enough_licenses', 'active')]);
    assert.equal(decideLicense(input({ holdings: partly })).code, 'NOT_ENOUGH_LICENSES');
    const graceBeyondCount = holdings([GOLD, holding('not_enough_licenses', 'warning')]);
    assert.equal(decideLicense(input({ holdings: graceBeyondCount })).code, 'NOT_ENOUGH_LICENSES');
  });
});

describe('decideLicense against the documented rules', () => {
  /** The rules as the code list states them, written as plainly as possible. */
  function expectedCode(i: DecisionInput): DecisionCode {
    if (!i.appModule) return 'UNKNOWN_APP_MODULE';
    if (!i.installed) return 'APP_NOT_INSTALLED';
    if (!i.user) return 'UNKNOWN_USER';
    if (!i.user.enabled) return 'USER_DISABLED';
    if (i.appModule.requiredServiceIds.length === 0) return 'NO_LICENSE_REQUIRED';
    const held = i.appModule.requiredServiceIds.flatMap((id) => i.holdings.get(id) ?? []).filter((h) => h.licenseState !== 'removed');
    const granting = held.filter((h) => h.seatState === 'active' && (h.licenseState === 'active' || h.licenseState === 'warning'));
    if (granting.some((h) => h.licenseState === 'active')) return 'LICENSED';
    if (granting.length > 0) return 'LICENSED_GRACE_PERIOD';
    if (held.length > 0 && held.every((h) => h.licenseState === 'suspended')) return 'SUSPENDED';
    if (held.some((h) => h.seatState === 'not_enough_licenses')) return 'NOT_ENOUGH_LICENSES';
    return 'NOT_ASSIGNED';
  }

  const ALL_PLANS = [GOLD, SILVER, OTHER, 'contoso.fieldops.platinum'];
  const holdingArb = fc.record({
    seatState: fc.constantFrom<SeatState>('active', 'not_enough_licenses'),
    licenseState: fc.constantFrom<LicenseState>('active', 'warning', 'suspended', 'removed'),
  });
  const inputArb = fc.record({
    requestedUser: fc.constant('ana@contoso.example'),
    requestedAppModule: fc.constant('contoso_dispatch'),
    appModule: fc.option(
      fc.subarray(ALL_PLANS).map((ids) => ({ ...dispatch, requiredServiceIds: ids, requiredPlanDisplayNames: ids })),
      { nil: undefined, freq: 8 },
    ),
    installed: fc.boolean(),
    user: fc.option(fc.record({ userId: fc.constant('u-ana'), displayName: fc.constant('Ana Souza'), enabled: fc.boolean() }), { nil: undefined, freq: 8 }),
    holdings: fc.uniqueArray(fc.tuple(fc.constantFrom(...ALL_PLANS), holdingArb), { selector: ([id]) => id }).map((entries) => new Map(entries)),
    tenantHolds: fc.subarray(ALL_PLANS).map((bought) => (id: string) => bought.includes(id)),
  });

  test('the code, licensed and plans agree with the rules for any input', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const decision = decideLicense(i);
        assert.equal(decision.code, expectedCode(i));
        assert.equal(decision.licensed, DECISION_CODES.find((c) => c.code === decision.code)?.licensed);
        const grants = (id: string) => {
          const h = i.holdings.get(id);
          return h?.seatState === 'active' && (h.licenseState === 'active' || h.licenseState === 'warning');
        };
        const expectedPlans = decision.code === 'LICENSED' || decision.code === 'LICENSED_GRACE_PERIOD' ? (i.appModule?.requiredServiceIds ?? []).filter(grants) : [];
        assert.deepEqual(decision.plans, expectedPlans);
        assert.deepEqual(decision.requiredPlans, i.appModule?.requiredServiceIds ?? []);
        // The plans a sentence names are the ones that concern this user (display names are the ids here).
        const named = ALL_PLANS.filter((id) => decision.detail.includes(id));
        const concerns: Partial<Record<DecisionCode, (id: string) => boolean>> = {
          LICENSED_GRACE_PERIOD: (id) => i.holdings.get(id)?.licenseState === 'warning',
          SUSPENDED: (id) => i.holdings.get(id)?.licenseState === 'suspended',
          NOT_ENOUGH_LICENSES: (id) => i.holdings.get(id)?.seatState === 'not_enough_licenses',
          NOT_ASSIGNED: (id) => decision.detail.includes('has none of') || i.tenantHolds(id),
        };
        const rule = concerns[decision.code];
        if (rule) {
          assert.ok(named.length > 0, `${decision.code} names a plan: ${decision.detail}`);
          for (const id of named) assert.ok(rule(id), `${decision.code} names ${id}, which does not concern the user: ${decision.detail}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('joinPlanNames', () => {
  test('reads as a sentence', () => {
    assert.equal(joinPlanNames([]), '');
    assert.equal(joinPlanNames(['Gold']), 'Gold');
    assert.equal(joinPlanNames(['Gold', 'Silver']), 'Gold or Silver');
    assert.equal(joinPlanNames(['Gold', 'Silver', 'Bronze']), 'Gold, Silver or Bronze');
  });
});
