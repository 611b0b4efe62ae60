import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { confirmMfaEnrolment, startMfaEnrolment, type MfaEnrolment as Enrolment, type Session } from '../../api/auth';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldMessage } from '../../components/fieldErrors';
import { useSubmit } from '../../components/useSubmit';
import { CodeField } from './CodeField';
import { QrCode } from './QrCode';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  pair: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexWrap: 'wrap' },
  secret: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', userSelect: 'all' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * Sets up an authenticator app: a new secret as a QR code (and as text to
 * type), then the app's first code confirms it and the server hands out the
 * recovery codes.
 */
export function MfaEnrolment({ onEnrolled }: { onEnrolled(recoveryCodes: string[], session: Session): void }) {
  const styles = useStyles();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [code, setCode] = useState('');
  const starting = useSubmit();
  const confirming = useSubmit();

  useEffect(() => {
    void starting.submit(async () => setEnrolment(await startMfaEnrolment()));
    // Once per visit: a new secret each time the page opens.
  }, []);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    await confirming.submit(async () => {
      const { recoveryCodes, session } = await confirmMfaEnrolment(code);
      onEnrolled(recoveryCodes, session);
    });
    setCode('');
  };

  if (!enrolment) return starting.error ? <ErrorMessage error={starting.error} title="Couldn't start setting up MFA" /> : <Spinner label="Preparing your authenticator…" />;
  return (
    <form className={styles.form} onSubmit={confirm} aria-label="Set up an authenticator app">
      <Text>1. Scan this QR code with an authenticator app (Microsoft Authenticator, Google Authenticator, 1Password, …).</Text>
      <div className={styles.pair}>
        <QrCode value={enrolment.otpauthUri} label="QR code for your authenticator app" />
        <div>
          <Text block className={styles.muted}>
            Can't scan it? Enter this key:
          </Text>
          <Text block className={styles.secret} aria-label="Secret key">
            {enrolment.secret}
          </Text>
        </div>
      </div>
      <Text>2. Enter the 6-digit code the app shows.</Text>
      <ErrorMessage error={confirming.error} fields={['code']} title="Couldn't set up the authenticator app" />
      <CodeField value={code} onChange={setCode} validationMessage={fieldMessage(confirming.error, 'code')} />
      <Button appearance="primary" type="submit" disabled={code.length !== 6 || confirming.busy} icon={confirming.busy ? <Spinner size="tiny" /> : undefined}>
        Verify and turn on
      </Button>
    </form>
  );
}
