import { Badge, Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { changePassword, removeMfa, renewRecoveryCodes } from '../api/auth';
import { ErrorMessage } from '../components/ErrorMessage';
import { fieldMessage } from '../components/fieldErrors';
import { useNotify } from '../components/Notifications';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { useSubmit } from '../components/useSubmit';
import { useSession, useSessionState } from '../session/SessionContext';
import { CodeField } from './mfa/CodeField';
import { MfaEnrolment } from './mfa/MfaEnrolment';
import { RecoveryCodes } from './mfa/RecoveryCodes';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '420px' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Account → Security: the signed-in person's authenticator app, recovery codes and password. */
export function SecurityPage() {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <PageHeader title="Security" description="How you sign in to LicenseHub: your password and an authenticator app as a second factor." />
      <AuthenticatorSection />
      <PasswordSection />
    </div>
  );
}

type Action = 'none' | 'setup' | 'renew' | 'remove';

function AuthenticatorSection() {
  const styles = useStyles();
  const session = useSession();
  const { refresh } = useSessionState();
  const notify = useNotify();
  const [action, setAction] = useState<Action>('none');
  const [codes, setCodes] = useState<string[]>();
  const { mfa } = session;

  const done = async (message: string, recoveryCodes?: string[]) => {
    setAction('none');
    setCodes(recoveryCodes);
    notify(message);
    await refresh();
  };

  return (
    <Section title="Authenticator app">
      <div className={styles.row}>
        <Badge appearance="tint" color={mfa.enrolled ? 'success' : 'warning'}>
          {mfa.enrolled ? 'On' : 'Off'}
        </Badge>
        <Text className={styles.muted}>
          {mfa.enrolled
            ? `${mfa.recoveryCodesLeft} of 10 recovery codes left.`
            : mfa.required
              ? 'Your organization requires it.'
              : 'Add a second step to your sign-in: a code from an app on your phone.'}
        </Text>
      </div>
      {codes && <RecoveryCodes codes={codes} />}
      {action === 'none' && (
        <div className={styles.row}>
          {!mfa.enrolled && (
            <Button appearance="primary" onClick={() => setAction('setup')}>
              Set up an authenticator app
            </Button>
          )}
          {mfa.enrolled && <Button onClick={() => setAction('renew')}>Get new recovery codes</Button>}
          {mfa.enrolled && !mfa.required && <Button onClick={() => setAction('remove')}>Turn off</Button>}
        </div>
      )}
      {action === 'setup' && <MfaEnrolment onEnrolled={(recoveryCodes) => void done('Multi-factor authentication is on', recoveryCodes)} />}
      {action === 'renew' && (
        <CodeConfirmation
          label="Get new recovery codes"
          explanation="Your earlier recovery codes stop working."
          run={async (code) => void done('New recovery codes', (await renewRecoveryCodes(code)).recoveryCodes)}
          onCancel={() => setAction('none')}
        />
      )}
      {action === 'remove' && (
        <CodeConfirmation
          label="Turn off"
          explanation="You will sign in with your password only."
          run={async (code) => {
            await removeMfa(code);
            await done('Multi-factor authentication is off');
          }}
          onCancel={() => setAction('none')}
        />
      )}
    </Section>
  );
}

/** Asks for a current code before a change to the second factor itself. */
function CodeConfirmation({ label, explanation, run, onCancel }: { label: string; explanation: string; run(code: string): Promise<void>; onCancel(): void }) {
  const styles = useStyles();
  const [code, setCode] = useState('');
  const { busy, error, submit } = useSubmit();
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    await submit(() => run(code));
    setCode('');
  };
  return (
    <form className={styles.form} onSubmit={confirm} aria-label={label}>
      <Text>{explanation}</Text>
      <ErrorMessage error={error} fields={['code']} />
      <CodeField value={code} onChange={setCode} validationMessage={fieldMessage(error, 'code')} autoFocus />
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={code.length !== 6 || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {label}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

function PasswordSection() {
  const styles = useStyles();
  const notify = useNotify();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { busy, error, submit } = useSubmit();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit(() => changePassword(current, next))) {
      notify('Password changed; your other sessions were signed out');
      setCurrent('');
      setNext('');
    }
  };
  return (
    <Section title="Password">
      <form className={styles.form} onSubmit={save} aria-label="Change password">
        <ErrorMessage error={error} fields={['currentPassword', 'newPassword']} title="Couldn't change the password" />
        <Field label="Current password" required validationMessage={fieldMessage(error, 'currentPassword')}>
          <Input type="password" autoComplete="current-password" value={current} onChange={(_, data) => setCurrent(data.value)} />
        </Field>
        <Field
          label="New password"
          required
          hint="At least 12 characters. Long passphrases are welcome; common passwords and your own name are not."
          validationMessage={fieldMessage(error, 'newPassword')}
        >
          <Input type="password" autoComplete="new-password" value={next} onChange={(_, data) => setNext(data.value)} />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" type="submit" disabled={!current || !next || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
            Change password
          </Button>
        </div>
      </form>
    </Section>
  );
}

