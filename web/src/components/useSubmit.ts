import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../api/client';

/** Runs a change against the API, tracking whether it is running and what went wrong. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  /** Resolves to true when the change succeeded. */
  const submit = useCallback(async (change: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await change();
      return true;
    } catch (failure) {
      setError(toApiError(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => setError(undefined), []);
  return { busy, error, submit, reset };
}
