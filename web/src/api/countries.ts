import { apiRequest } from './client';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
}

export const listCountries = (signal?: AbortSignal) => apiRequest<{ items: Country[] }>('/api/v1/countries', { signal });
