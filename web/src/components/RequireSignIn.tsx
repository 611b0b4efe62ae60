import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSessionState } from '../session/SessionContext';
import { LoadingState } from './LoadingState';

/** Sends signed-out visitors (and those whose second factor is still due) to the sign-in page, and back here afterwards. */
export function RequireSignIn() {
  const { session, signedOut } = useSessionState();
  const location = useLocation();
  if (session === undefined) return <LoadingState label="Checking your session…" />;
  if (session === null || session.signIn !== 'complete') {
    // Signing out also sends the page here (the session is gone before the menu's own navigation lands): no "next" then.
    if (signedOut) return <Navigate to="/signin" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
