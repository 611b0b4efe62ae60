import { useMemo } from 'react';
import { listOfferCategories } from '../../api/offers';
import { useApiResource } from '../../components/useApiResource';

/** "Field service" for "field-service": the marketplace category names (public reference data). */
export function useCategoryLabels(): (id: string) => string {
  const { data } = useApiResource((signal) => listOfferCategories(signal), []);
  return useMemo(() => {
    const names = new Map<string, string>((data?.items ?? []).map((category) => [category.id, category.name]));
    return (id: string) => names.get(id) ?? id;
  }, [data]);
}
