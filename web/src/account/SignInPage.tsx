import { Button, Card, Field, Input, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { discoverSignIn, verifySecondFactor, type Session } from '../api/auth';
import { ApiError, toApiError } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { fieldMessage } from '../components/fieldErrors';
import { ProductLogo } from '../components/ProductLogo';
import { homePathFor } from '../faces/catalog';
import { useSessionState } from '../session/SessionContext';
import { CodeField } from './mfa/CodeField';
import { MfaEnrolment } from './mfa/MfaEnrolment';
import { RecoveryCodes } from './mfa/RecoveryCodes';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: `linear-gradient(135deg, ${tokens.colorBrandBackground2} 0%, ${tokens.colorNeutralBackground2} 60%)`,
  },
  card: { width: '440px', padding: tokens.spacingHorizontalXXL },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { display: 'flex', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorBrandBackground, padding: '4px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

/** Only paths inside this app; never another site (`//evil.example`). */
function safeNextPath(next: string | null): string | null {
  // Browsers read "/\\host" as "//host": only plain same-origin paths are followed.
  return next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') && !next.startsWith('/signin') ? next : null;
}

/**
 * Signing in, in up to three steps: the password; then, for an account with
 * an authenticator app, its code (or a recovery code); or, for an account
 * that must use MFA and has none yet, setting one up and saving the recovery codes.
 */
export function SignInPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { session, signIn, signOut, adopt } = useSessionState();
  const [busy, setBusy] = useState(false);
  /** After enrolment: the codes to save, and the session to continue with once they are saved. */
  const [enrolled, setEnrolled] = useState<{ recoveryCodes: string[]; session: Session }>();
  const next = safeNextPath(searchParams.get('next'));
  const leave = (signedIn: Session) => navigate(next ?? homePathFor(signedIn), { replace: true });

  if (session?.signIn === 'complete' && !busy && !enrolled) return <Navigate to={next ?? homePathFor(session)} replace />;

  let step: ReactNode;
  if (enrolled) {
    step = (
      <Step title="Multi-factor authentication is on" subtitle="From now on you sign in with your password and a code from your authenticator app.">
        <RecoveryCodes codes={enrolled.recoveryCodes} />
        <Button
          appearance="primary"
          size="large"
          onClick={() => {
            adopt(enrolled.session);
            leave(enrolled.session);
          }}
        >
          I saved my recovery codes — continue
        </Button>
      </Step>
    );
  } else if (session?.signIn === 'mfaEnrollmentRequired') {
    step = (
      <Step title="Set up multi-factor authentication" subtitle={`${session.user.userPrincipalName} must sign in with an authenticator app. Set one up to continue.`}>
        <MfaEnrolment onEnrolled={(recoveryCodes, signedIn) => setEnrolled({ recoveryCodes, session: signedIn })} />
        <Link onClick={() => void signOut()}>Sign in as someone else</Link>
      </Step>
    );
  } else if (session?.signIn === 'mfaRequired') {
    step = (
      <SecondFactorStep
        session={session}
        onVerified={(signedIn) => {
          setBusy(true);
          adopt(signedIn);
          leave(signedIn);
        }}
        onCancel={() => void signOut()}
      />
    );
  } else {
    step = (
      <PasswordStep
        onSignIn={async (userPrincipalName, password) => {
          setBusy(true);
          try {
            const signedIn = await signIn(userPrincipalName, password);
            if (signedIn.signIn === 'complete') leave(signedIn);
          } finally {
            setBusy(false);
          }
        }}
      />
    );
  }

  return (
    <div className={styles.page}>
      <Card className={styles.card} size="large">
        <div className={styles.brand}>
          <span className={styles.logo}>
            <ProductLogo size={28} />
          </span>
          <Text size={500} weight="semibold">
            LicenseHub
          </Text>
        </div>
        {step}
      </Card>
    </div>
  );
}

function Step({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <div>
        <Text as="h1" size={600} weight="semibold" block className={styles.heading}>
          {title}
        </Text>
        <Text className={styles.subtitle}>{subtitle}</Text>
      </div>
      {children}
    </div>
  );
}

function PasswordStep({ onSignIn }: { onSignIn(userPrincipalName: string, password: string): Promise<void> }) {
  const styles = useStyles();
  const [userPrincipalName, setUserPrincipalName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(userPrincipalName.trim(), password);
    } catch (failure) {
      setError(toApiError(failure));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  /** Email first: the domain picks the organization's identity provider (home-realm discovery). */
  const organization = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const found = await discoverSignIn(userPrincipalName.trim());
      if (!found.sso || !found.signInUrl) {
        setError(new ApiError({ title: 'No single sign-on', status: 404, detail: `${userPrincipalName.trim()} does not sign in with an organization's identity provider; use your password` }));
        return;
      }
      const returnTo = new URLSearchParams(window.location.search).get('next') ?? '/';
      window.location.assign(`${found.signInUrl}&returnTo=${encodeURIComponent(returnTo)}`);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Sign in">
      <div>
        <Text as="h1" size={600} weight="semibold" block className={styles.heading}>
          Sign in
        </Text>
        <Text className={styles.subtitle}>Use your work account, for example admin@contoso.example.</Text>
      </div>
      <ErrorMessage error={error} title="Couldn't sign you in" fields={['userPrincipalName', 'password']} />
      <Field label="User principal name" required validationMessage={fieldMessage(error, 'userPrincipalName')}>
        <Input
          inputMode="email"
          autoComplete="username"
          value={userPrincipalName}
          onChange={(_, data) => setUserPrincipalName(data.value)}
          placeholder="name@company.example"
          autoFocus
        />
      </Field>
      <Field label="Password" required validationMessage={fieldMessage(error, 'password')}>
        <Input type="password" autoComplete="current-password" value={password} onChange={(_, data) => setPassword(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" size="large" disabled={busy || !userPrincipalName || !password} icon={busy ? <Spinner size="tiny" /> : undefined}>
        Sign in
      </Button>
      <Button appearance="secondary" size="large" disabled={busy || !userPrincipalName} onClick={organization}>
        Sign in with your organization
      </Button>
    </form>
  );
}

function SecondFactorStep({ session, onVerified, onCancel }: { session: Session; onVerified(session: Session): void; onCancel(): void }) {
  const styles = useStyles();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onVerified(await verifySecondFactor(useRecoveryCode ? { recoveryCode: value.trim() } : { code: value }));
    } catch (failure) {
      setError(toApiError(failure));
      setValue('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Verify your identity">
      <div>
        <Text as="h1" size={600} weight="semibold" block className={styles.heading}>
          Verify your identity
        </Text>
        <Text className={styles.subtitle}>
          {useRecoveryCode ? `Enter one of the recovery codes you saved for ${session.user.userPrincipalName}.` : `Enter the code from your authenticator app for ${session.user.userPrincipalName}.`}
        </Text>
      </div>
      <ErrorMessage error={error} title="Couldn't verify the code" fields={['code', 'recoveryCode']} />
      {useRecoveryCode ? (
        <Field label="Recovery code" required validationMessage={fieldMessage(error, 'recoveryCode')}>
          <Input autoComplete="off" value={value} onChange={(_, data) => setValue(data.value)} placeholder="xxxx-xxxx-xxxx-xxxx" autoFocus />
        </Field>
      ) : (
        <CodeField value={value} onChange={setValue} validationMessage={fieldMessage(error, 'code')} autoFocus />
      )}
      <Button appearance="primary" type="submit" size="large" disabled={busy || (useRecoveryCode ? !value.trim() : value.length !== 6)} icon={busy ? <Spinner size="tiny" /> : undefined}>
        Verify
      </Button>
      <Link
        onClick={() => {
          setUseRecoveryCode(!useRecoveryCode);
          setValue('');
          setError(undefined);
        }}
      >
        {useRecoveryCode ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
      </Link>
      <Link onClick={onCancel}>Sign in as someone else</Link>
    </form>
  );
}
