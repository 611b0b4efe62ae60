import { toApiError } from '../../../api/client';
import { assignLicenses, unassignLicenses, type Product } from '../../../api/licenses';

/** What one product's change did, in a sentence for the admin. */
export interface ChangeOutcome {
  planId: string;
  product: string;
  ok: boolean;
  message: string;
}

/**
 * Applies check box changes for one user or group, product by product through the
 * assignment API (each all or nothing on the server), and reports each: a product
 * without a free seat fails alone, the others still apply.
 */
export async function applyLicenseChanges(
  tenantId: string,
  target: { userIds: string[] } | { groupIds: string[] },
  products: Product[],
  change: { add: string[]; remove: string[] },
): Promise<ChangeOutcome[]> {
  const nameOf = (planId: string) => products.find((p) => p.planId === planId)?.name ?? 'A product';
  const outcomes: ChangeOutcome[] = [];
  for (const planId of change.add) {
    try {
      await assignLicenses(tenantId, planId, target);
      outcomes.push({ planId, product: nameOf(planId), ok: true, message: 'Assigned' });
    } catch (error) {
      outcomes.push({ planId, product: nameOf(planId), ok: false, message: `Not assigned: ${toApiError(error).detail}` });
    }
  }
  for (const planId of change.remove) {
    try {
      await unassignLicenses(tenantId, planId, target);
      outcomes.push({ planId, product: nameOf(planId), ok: true, message: 'Unassigned' });
    } catch (error) {
      outcomes.push({ planId, product: nameOf(planId), ok: false, message: `Not unassigned: ${toApiError(error).detail}` });
    }
  }
  return outcomes;
}
