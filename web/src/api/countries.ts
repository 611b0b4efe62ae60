import { answer, api, type OperationAnswer } from './client';

/** A country: its ISO 3166-1 alpha-2 code and name. */
export type Country = OperationAnswer<'listCountries'>['items'][number];

export const listCountries = (signal?: AbortSignal) => answer(api.GET('/api/v1/countries', { signal }), signal);
