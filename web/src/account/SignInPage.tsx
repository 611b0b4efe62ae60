import { Button, Card, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { fieldMessage } from '../components/fieldErrors';
import { ProductLogo } from '../components/ProductLogo';
import { homePathFor } from '../faces/catalog';
import { useSessionState } from '../session/SessionContext';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: `linear-gradient(135deg, ${tokens.colorBrandBackground2} 0%, ${tokens.colorNeutralBackground2} 60%)`,
  },
  card: { width: '400px', padding: tokens.spacingHorizontalXXL },
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

export function SignInPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { session, signIn } = useSessionState();
  const [userPrincipalName, setUserPrincipalName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const next = safeNextPath(searchParams.get('next'));

  if (session && !busy) return <Navigate to={next ?? homePathFor(session)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const signedIn = await signIn(userPrincipalName.trim(), password);
      navigate(next ?? homePathFor(signedIn), { replace: true });
    } catch (failure) {
      setError(toApiError(failure));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <Card className={styles.card} size="large">
        <form className={styles.form} onSubmit={submit} aria-label="Sign in">
          <div className={styles.brand}>
            <span className={styles.logo}>
              <ProductLogo size={28} />
            </span>
            <Text size={500} weight="semibold">
              LicenseHub
            </Text>
          </div>
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
          <Button
            appearance="primary"
            type="submit"
            size="large"
            disabled={busy || !userPrincipalName || !password}
            icon={busy ? <Spinner size="tiny" /> : undefined}
          >
            Sign in
          </Button>
        </form>
      </Card>
    </div>
  );
}
