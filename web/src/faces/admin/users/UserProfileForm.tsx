import { Button, Field, Input, makeStyles, Spinner, Switch, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { updateUser, type DirectoryUser } from '../../../api/users';
import { useCountries } from '../../../components/Countries';
import { CountryPicker } from '../../../components/CountryPicker';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { DrawerSection } from './DrawerSection';

const FIELDS = ['displayName', 'userPrincipalName', 'usageLocation', 'enabled'] as const;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface UserProfileFormProps {
  user: DirectoryUser;
  readOnly: boolean;
  onSaved(): void;
}

export function UserProfileForm({ user, readOnly, onSaved }: UserProfileFormProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const { nameOf } = useCountries();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [userPrincipalName, setUserPrincipalName] = useState(user.userPrincipalName);
  const [usageLocation, setUsageLocation] = useState(user.usageLocation ?? '');
  const [enabled, setEnabled] = useState(user.enabled);

  const changes = {
    ...(displayName.trim() !== user.displayName ? { displayName: displayName.trim() } : {}),
    ...(userPrincipalName.trim() !== user.userPrincipalName ? { userPrincipalName: userPrincipalName.trim() } : {}),
    ...(usageLocation !== (user.usageLocation ?? '') ? { usageLocation: usageLocation || null } : {}),
    ...(enabled !== user.enabled ? { enabled } : {}),
  };
  const dirty = Object.keys(changes).length > 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await submit(() => updateUser(session.tenant.id, user.id, changes));
    if (saved) {
      notify('Changes saved');
      onSaved();
    }
  };

  return (
    <DrawerSection title="Profile">
      <form className={styles.form} onSubmit={save} noValidate aria-label="Profile">
        <ErrorMessage error={error} fields={FIELDS} title="Couldn't save the changes" />
        <Field label="Display name" required validationMessage={fieldMessage(error, 'displayName')}>
          <Input value={displayName} readOnly={readOnly} onChange={(_, data) => setDisplayName(data.value)} />
        </Field>
        <Field label="User principal name" required validationMessage={fieldMessage(error, 'userPrincipalName')}>
          <Input value={userPrincipalName} readOnly={readOnly} onChange={(_, data) => setUserPrincipalName(data.value)} />
        </Field>
        {readOnly ? (
          <Field label="Usage location">
            <Input value={usageLocation ? nameOf(usageLocation) : 'Not set'} readOnly />
          </Field>
        ) : (
          <CountryPicker label="Usage location" value={usageLocation} onChange={setUsageLocation} validationMessage={fieldMessage(error, 'usageLocation')} />
        )}
        <Field validationMessage={fieldMessage(error, 'enabled')}>
          <Switch label="Allow sign-in" checked={enabled} disabled={readOnly} onChange={(_, data) => setEnabled(data.checked)} />
        </Field>
        {!readOnly && (
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={!dirty || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
              Save changes
            </Button>
          </div>
        )}
      </form>
    </DrawerSection>
  );
}
