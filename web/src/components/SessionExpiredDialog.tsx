import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { signIn as requestSignIn, verifySecondFactor, type Session } from '../api/auth';
import { toApiError, type ApiError } from '../api/client';
import { useSessionState } from '../session/SessionContext';
import { ErrorMessage } from './ErrorMessage';
import { fieldMessage } from './fieldErrors';
import { MAIN_CONTENT_ID } from './mainContent';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * Shown over the page when the session ended under it (it expired, or was signed out elsewhere):
 * the user signs in again right here and carries on with the page as it was, with what they typed.
 * Signing in as someone else starts over at that person's start page.
 */
export function SessionExpiredDialog() {
  const styles = useStyles();
  const { expired, adopt, signOut } = useSessionState();
  const [userPrincipalName, setUserPrincipalName] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  /** After the password, for accounts with an authenticator app. */
  const [secondFactor, setSecondFactor] = useState<Session>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  /** The session that ended, kept while the dialog animates out after signing in again. */
  const [ended, setEnded] = useState<Session | null>(null);

  /** Where the user was when the session ended, to continue there after signing in again. */
  const [resumeAt, setResumeAt] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (!expired) return;
    const active = document.activeElement;
    setResumeAt(active instanceof HTMLElement && active !== document.body ? active : null);
    setEnded(expired);
    setUserPrincipalName(expired.user.userPrincipalName);
    setPassword('');
    setCode('');
    setSecondFactor(undefined);
    setError(undefined);
  }, [expired]);

  // Always mounted and opened by `open`, so Fluent closes it properly (the page behind is un-hidden again).
  if (!ended) return null;

  const finish = (signedIn: Session) => {
    if (signedIn.user.id !== ended.user.id || signedIn.tenant.id !== ended.tenant.id) {
      // Another person: nothing of the previous page is theirs.
      window.location.assign('/');
      return;
    }
    adopt(signedIn);
    // Back where the user was: the field or button they used, else the dialog they were filling in
    // (focusing it also makes it the active modal again for screen readers), else the page.
    const resume = () => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const dialogs = [...document.querySelectorAll<HTMLElement>('[role="dialog"]')];
      const field = dialogs.at(-1)?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), button:not([disabled])');
      const target = resumeAt?.isConnected && !resumeAt.matches(':disabled') ? resumeAt : (field ?? document.getElementById(MAIN_CONTENT_ID));
      target?.focus();
    };
    window.setTimeout(resume, 50);
    window.setTimeout(resume, 400);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (secondFactor) {
        finish(await verifySecondFactor({ code }));
        return;
      }
      const answer = await requestSignIn(userPrincipalName.trim(), password);
      if (answer.signIn === 'complete') finish(answer);
      else if (answer.signIn === 'mfaRequired') setSecondFactor(answer);
      else {
        // Setting up MFA takes the full sign-in page.
        window.location.assign(`/signin?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
      }
    } catch (failure) {
      setError(toApiError(failure));
      if (secondFactor) setCode('');
      else setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={expired !== null} modalType="alert">
      <DialogSurface aria-label="Your session has ended">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>Your session has ended</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>Sign in again to continue where you were. This page stays as it is, with everything you typed.</Text>
              <ErrorMessage error={error} title="Couldn't sign you in" fields={secondFactor ? ['code'] : ['userPrincipalName', 'password']} />
              {secondFactor ? (
                <Field label="Code from your authenticator app" required validationMessage={fieldMessage(error, 'code')}>
                  <Input
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    value={code}
                    autoFocus
                    onChange={(_, data) => setCode(data.value.replace(/\D/g, '').slice(0, 6))}
                  />
                </Field>
              ) : (
                <>
                  <Field label="User principal name" required validationMessage={fieldMessage(error, 'userPrincipalName')}>
                    <Input autoComplete="username" value={userPrincipalName} onChange={(_, data) => setUserPrincipalName(data.value)} />
                  </Field>
                  <Field label="Password" required validationMessage={fieldMessage(error, 'password')}>
                    <Input type="password" autoComplete="current-password" value={password} autoFocus onChange={(_, data) => setPassword(data.value)} />
                  </Field>
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                disabled={busy || (secondFactor ? code.length !== 6 : !userPrincipalName.trim() || !password)}
                icon={busy ? <Spinner size="tiny" /> : undefined}
              >
                {secondFactor ? 'Verify' : 'Sign in'}
              </Button>
              <Link className={styles.muted} onClick={() => void signOut().then(() => window.location.assign('/signin'))}>
                Sign out
              </Link>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
