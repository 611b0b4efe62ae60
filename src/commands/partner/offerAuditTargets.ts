/**
 * How audit entries name offers and plans: by GUID (`targetId`), as the API and the change feed do
 * (README, Identifiers), with the readable keys (and a plan's Service ID) in the detail.
 */

export function offerTarget(offer: { id: string; offerKey: string }, detail: Record<string, unknown> = {}) {
  return { targetType: 'offer', targetId: offer.id, detail: { offerKey: offer.offerKey, ...detail } };
}

export function planTarget(offer: { id: string; offerKey: string }, plan: { id: string; planKey: string; serviceId: string }, detail: Record<string, unknown> = {}) {
  return { targetType: 'plan', targetId: plan.id, detail: { offerId: offer.id, offerKey: offer.offerKey, planKey: plan.planKey, serviceId: plan.serviceId, ...detail } };
}
