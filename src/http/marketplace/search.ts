import { OFFER_CATEGORIES } from '../../domain/offers/categories.js';
import type { ListedOfferSummary } from '../../store/marketplace/catalog.js';

/**
 * The storefront's filtering, ranking, facets and paging over the offers that
 * match the search words. Facet counts follow the other filter (categories
 * count within the chosen publisher and vice versa), so each count says how
 * many offers choosing that entry would show.
 */

export interface StorefrontQuery {
  terms: string[];
  category?: string | undefined;
  publisher?: string | undefined;
  sort: 'relevance' | 'name' | 'newest';
  page: number;
  pageSize: number;
}

export const searchTerms = (search: string | undefined) =>
  (search ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);

function score(offer: ListedOfferSummary, terms: string[]): number {
  let total = 0;
  const name = offer.name.toLowerCase();
  for (const term of terms) {
    if (name.startsWith(term)) total += 12;
    else if (name.includes(term)) total += 8;
    if (offer.summary.toLowerCase().includes(term)) total += 3;
    if (offer.publisherName.toLowerCase().includes(term) || offer.publisherId.includes(term)) total += 2;
    if (offer.description.toLowerCase().includes(term)) total += 1;
  }
  return total;
}

const byName = (a: ListedOfferSummary, b: ListedOfferSummary) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

export function storefront(offers: ListedOfferSummary[], query: StorefrontQuery) {
  const inCategory = (o: ListedOfferSummary) => !query.category || o.categories.includes(query.category);
  const byPublisher = (o: ListedOfferSummary) => !query.publisher || o.publisherId === query.publisher;
  const matching = offers.filter((o) => inCategory(o) && byPublisher(o));

  const sorted = [...matching];
  if (query.sort === 'name' || (query.sort === 'relevance' && !query.terms.length)) sorted.sort(byName);
  else if (query.sort === 'newest') sorted.sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || byName(a, b));
  else {
    const scores = new Map(sorted.map((o) => [o.id, score(o, query.terms)]));
    sorted.sort((a, b) => scores.get(b.id)! - scores.get(a.id)! || byName(a, b));
  }

  const categoryCounts = new Map<string, number>();
  for (const o of offers.filter(byPublisher)) for (const c of new Set(o.categories)) categoryCounts.set(c, (categoryCounts.get(c) ?? 0) + 1);
  const publisherCounts = new Map<string, { name: string; count: number }>();
  for (const o of offers.filter(inCategory)) {
    const entry = publisherCounts.get(o.publisherId) ?? { name: o.publisherName, count: 0 };
    entry.count++;
    publisherCounts.set(o.publisherId, entry);
  }

  const start = (query.page - 1) * query.pageSize;
  return {
    items: sorted.slice(start, start + query.pageSize),
    total: matching.length,
    facets: {
      categories: OFFER_CATEGORIES.filter((c) => categoryCounts.has(c.id) || c.id === query.category).map((c) => ({ id: c.id, label: c.name, count: categoryCounts.get(c.id) ?? 0 })),
      publishers: [...publisherCounts.entries()]
        .map(([publisherId, p]) => ({ publisherId, name: p.name, count: p.count }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    },
  };
}
