/** The marketplace's categories: an offer picks one to three. */
export const OFFER_CATEGORIES = [
  { id: 'analytics', name: 'Analytics' },
  { id: 'collaboration', name: 'Collaboration' },
  { id: 'commerce', name: 'Commerce' },
  { id: 'compliance', name: 'Compliance and legal' },
  { id: 'customer-service', name: 'Customer service' },
  { id: 'field-service', name: 'Field service' },
  { id: 'finance', name: 'Finance' },
  { id: 'human-resources', name: 'Human resources' },
  { id: 'it-admin', name: 'IT and administration' },
  { id: 'marketing', name: 'Marketing' },
  { id: 'operations', name: 'Operations and supply chain' },
  { id: 'productivity', name: 'Productivity' },
  { id: 'project-management', name: 'Project management' },
  { id: 'sales', name: 'Sales' },
] as const;

export type OfferCategory = (typeof OFFER_CATEGORIES)[number]['id'];

export const OFFER_CATEGORY_IDS = OFFER_CATEGORIES.map((c) => c.id) as [OfferCategory, ...OfferCategory[]];

export const MAX_OFFER_CATEGORIES = 3;
