import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
  /**
   * The session that ended under the page (the server answered 401 to a signed-in call), until the
   * user signs in again. The page stays as it was, with what was typed, behind a sign-in dialog.
   */
  expired: Session | null;
  /**
   * True once the user signed out in this tab, until they sign in again: the sign-in page they land
   * on then carries no way back to the page they left, which was theirs, not the next person's.
   */
  signedOut: boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [expired, setExpired] = useState<Session | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const current = useRef(session);
  current.current = session;

  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal).then(setSession, () => {
      if (!controller.signal.aborted) setSession(null);
    });
    // A signed-in page keeps its state; the sign-in dialog (SessionExpiredDialog) takes over.
    const unsubscribe = onUnauthorized(() => {
      const ended = current.current;
      if (ended?.signIn === 'complete') setExpired((already) => already ?? ended);
      else setSession(null);
    });
    return () => {
      controller.abort();
      unsubscribe();
    };
  }, []);

  const signIn = useCallback(async (userPrincipalName: string, password: string) => {
    const signedIn = await requestSignIn(userPrincipalName, password);
    setSession(signedIn);
    setSignedOut(false);
    if (signedIn.signIn === 'complete') setExpired(null);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await requestSignOut();
    } finally {
      setSession(null);
      setExpired(null);
      setSignedOut(true);
    }
  }, []);

  const refresh = useCallback(async () => setSession(await getSession()), []);

  const adopt = useCallback((next: Session) => {
    setSession(next);
    setSignedOut(false);
    if (next.signIn === 'complete') setExpired(null);
  }, []);
  const value = useMemo(
    () => ({ session, signIn, signOut, refresh, adopt, expired, signedOut }),
    [session, signIn, signOut, refresh, adopt, expired, signedOut],
  );
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
