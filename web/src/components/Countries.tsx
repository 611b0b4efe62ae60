import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { listCountries, type Country } from '../api/countries';
import { useApiResource } from './useApiResource';

interface CountriesState {
  countries: Country[];
  /** "Germany" for "DE"; the code itself until the list has loaded. */
  nameOf(code: string): string;
}

const CountriesContext = createContext<CountriesState>({ countries: [], nameOf: (code) => code });

/** Loads the ISO country list once for every picker and table. */
export function CountriesProvider({ children }: { children: ReactNode }) {
  const { data } = useApiResource((signal) => listCountries(signal), []);
  const value = useMemo(() => {
    const countries = data?.items ?? [];
    const names = new Map(countries.map((country) => [country.code, country.name]));
    return { countries, nameOf: (code: string) => names.get(code) ?? code };
  }, [data]);
  return <CountriesContext.Provider value={value}>{children}</CountriesContext.Provider>;
}

export const useCountries = () => useContext(CountriesContext);
