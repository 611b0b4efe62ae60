import { createHash } from 'node:crypto';
import type { ProductRecord } from '../../store/licensing/products.js';
import type { UserLicenseRecord } from '../../store/licensing/userLicenses.js';

/**
 * LicenseHub's licensing in Microsoft Graph's shapes, so scripts written for
 * Graph (subscribedSkus, assignLicense, licenseDetails, licenseAssignmentStates)
 * work unchanged. The mapping:
 * - a product (one plan the tenant holds licenses of) is a subscribed SKU:
 *   skuId = the plan's id, skuPartNumber = its Service ID;
 * - the app modules the plan licenses are the SKU's service plans;
 * - "not enough licenses" is Graph's CountViolation error state.
 */

export interface AppModuleRef {
  offerId: string;
  uniqueName: string;
}

/** Graph identifies service plans by GUID; app modules have names, so derive a stable GUID from offer and name. */
export function servicePlanId(module: AppModuleRef): string {
  const hex = createHash('sha1').update(`licensehub:app-module:${module.offerId}:${module.uniqueName}`).digest('hex');
  // Shaped as a name-based (version 5) UUID: it is one, in a namespace of our own.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const servicePlan = (module: AppModuleRef, provisioningStatus: 'Success' | 'PendingActivation' | 'Disabled') => ({
  servicePlanId: servicePlanId(module),
  servicePlanName: module.uniqueName,
  provisioningStatus,
  appliesTo: 'User',
});

const CAPABILITY: Record<ProductRecord['state'], string> = { active: 'Enabled', warning: 'Warning', suspended: 'Suspended', removed: 'Deleted' };

export function toSubscribedSku(tenantId: string, product: ProductRecord, modules: AppModuleRef[]) {
  // A removed product stays listed as Deleted, with no units (Graph keeps deleted subscriptions visible too).
  const units = (state: ProductRecord['state']) => (product.state === state ? product.purchased : 0);
  return {
    id: `${tenantId}_${product.planId}`,
    accountId: tenantId,
    appliesTo: 'User',
    capabilityStatus: CAPABILITY[product.state],
    consumedUnits: product.assigned,
    skuId: product.planId,
    skuPartNumber: product.serviceId,
    prepaidUnits: { enabled: units('active'), warning: units('warning'), suspended: units('suspended'), lockedOut: 0 },
    servicePlans: modules.map((module) => servicePlan(module, product.state === 'suspended' ? 'Disabled' : 'Success')),
    // Not Graph's: the names Graph tools show only as GUIDs.
    displayName: `${product.offer.name} ${product.planName}`,
    publisher: product.publisher.name,
  };
}

/** One entry per way the user holds each product: directly, or through each group. */
export function toLicenseAssignmentStates(licenses: UserLicenseRecord[]) {
  return licenses.flatMap((license) =>
    license.sources.map((source) => ({
      skuId: license.planId,
      assignedByGroup: source.kind === 'group' ? source.groupId : null,
      disabledPlans: [] as string[],
      state: license.state === 'active' ? 'Active' : 'Error',
      error: license.state === 'active' ? 'None' : license.state === 'not_enough_licenses' ? 'CountViolation' : 'Other',
      lastUpdatedDateTime: license.since?.toISOString() ?? null,
    })),
  );
}

/**
 * Graph lists every product a user has, however assigned, once — and only
 * what they have: a group member beyond the seat count (CountViolation) or a
 * disabled user holds no seat, which licenseAssignmentStates says.
 */
export const toAssignedLicenses = (licenses: UserLicenseRecord[]) =>
  licenses.filter((license) => license.state === 'active').map((license) => ({ skuId: license.planId, disabledPlans: [] as string[] }));

export function toLicenseDetails(licenses: UserLicenseRecord[], modulesOf: (planId: string) => AppModuleRef[]) {
  return licenses
    .filter((license) => license.state === 'active')
    .map((license) => ({
      id: license.planId,
      skuId: license.planId,
      skuPartNumber: license.serviceId,
      servicePlans: modulesOf(license.planId).map((module) => servicePlan(module, license.productState === 'suspended' ? 'Disabled' : 'Success')),
    }));
}
