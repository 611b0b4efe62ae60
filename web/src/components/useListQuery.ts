import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { choiceOr } from './choices';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * A list page's search, filters and page, kept in the URL so links and the
 * back button keep them. The search box updates the URL once typing pauses.
 */
export function useListQuery() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [searchText, setSearchText] = useState(search);
  const settledSearch = useDebouncedValue(searchText.trim());

  /** Sets URL parameters; an empty value removes one. */
  const setParam = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  useEffect(() => {
    if (settledSearch !== search) setParam({ search: settledSearch, offset: '' });
    // Only a settled change of the typed text moves the URL; `search` follows it.
  }, [settledSearch]);

  return {
    search,
    offset,
    searchText,
    setSearchText,
    setOffset: (nextOffset: number) => setParam({ offset: nextOffset ? String(nextOffset) : '' }),
    param: (key: string) => params.get(key) ?? '',
    /** A parameter that holds one of a fixed set of choices (the keys of `labels`); anything else reads as ''. */
    choice: <V extends string>(key: string, labels: Readonly<Record<V, unknown>>): V | '' => choiceOr(labels, params.get(key), ''),
    setParam,
  };
}
