import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { updateUser, type DirectoryUser } from '../../../api/users';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { DrawerSection } from './DrawerSection';
import { PasswordField } from '../../../components/PasswordField';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS } });

/** Sets a new password for a user, e.g. when they forgot theirs. */
export function UserPasswordReset({ user }: { user: DirectoryUser }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [password, setPassword] = useState('');

  const reset = async () => {
    if (await submit(() => updateUser(session.tenant.id, user.id, { password }))) {
      notify(`Password reset for ${user.displayName}`);
      setPassword('');
    }
  };

  return (
    <DrawerSection
      title="Reset password"
      description={user.hasPassword ? 'Give the new password to the user; their current one stops working.' : 'This user has no password yet and cannot sign in until you set one.'}
    >
      <ErrorMessage error={error} fields={['password']} title="Couldn't reset the password" />
      <PasswordField label="New password" value={password} onChange={setPassword} hint="At least 12 characters." validationMessage={fieldMessage(error, 'password')} />
      <div className={styles.actions}>
        <Button onClick={reset} disabled={!password || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          Reset password
        </Button>
      </div>
    </DrawerSection>
  );
}
