import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getSession, signIn as requestSignIn, signOut as requestSignOut, type Session } from '../api/auth';
import { onUnauthorized } from '../api/client';

interface SessionState {
  /** undefined while the first check runs; null when signed out. */
  session: Session | null | undefined;
  signIn(userPrincipalName: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  /** Reloads who is signed in, e.g. after the organization was renamed. */
  refresh(): Promise<void>;
  /** Takes the session an API call answered (the second sign-in step, MFA enrolment). */
  adopt(session: Session): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal).then(setSession, () => {
      if (!controller.signal.aborted) setSession(null);
    });
    const unsubscribe = onUnauthorized(() => setSession(null));
    return () => {
      controller.abort();
      unsubscribe();
    };
  }, []);

  const signIn = useCallback(async (userPrincipalName: string, password: string) => {
    const signedIn = await requestSignIn(userPrincipalName, password);
    setSession(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await requestSignOut();
    } finally {
      setSession(null);
    }
  }, []);

  const refresh = useCallback(async () => setSession(await getSession()), []);

  const adopt = useCallback((next: Session) => setSession(next), []);
  const value = useMemo(() => ({ session, signIn, signOut, refresh, adopt }), [session, signIn, signOut, refresh, adopt]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState must be used inside <SessionProvider>');
  return state;
}

/** The signed-in session; only for pages behind <RequireSignIn> (which lets only complete sign-ins through). */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession used on a page that does not require sign-in');
  return session;
}
