import { Field, Input, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { createUser, type DirectoryRole, type DirectoryUser } from '../../../api/users';
import { CountryPicker } from '../../../components/CountryPicker';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { globalAdmin } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { PasswordField } from '../../../components/PasswordField';
import { RoleCheckboxes } from './RoleCheckboxes';

const FIELDS = ['displayName', 'userPrincipalName', 'usageLocation', 'password', 'enabled', 'roles'] as const;

interface CreateUserDialogProps {
  onClose(): void;
  onCreated(user: DirectoryUser): void;
}

export function CreateUserDialog({ onClose, onCreated }: CreateUserDialogProps) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const domain = session.tenant.primaryDomain;
  const [displayName, setDisplayName] = useState('');
  const [userPrincipalName, setUserPrincipalName] = useState('');
  const [usageLocation, setUsageLocation] = useState(session.tenant.country);
  const [password, setPassword] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [roles, setRoles] = useState<DirectoryRole[]>([]);

  const save = () =>
    submit(async () => {
      const user = await createUser(session.tenant.id, {
        displayName: displayName.trim(),
        userPrincipalName: userPrincipalName.trim(),
        ...(usageLocation ? { usageLocation } : {}),
        ...(password ? { password } : {}),
        enabled,
        roles,
      });
      notify(`${user.displayName} was added`);
      onCreated(user);
    });

  return (
    <FormDialog open title="Add a user" submitLabel="Add user" busy={busy} error={error} fields={FIELDS} onSubmit={save} onClose={onClose}>
      <Field label="Display name" required validationMessage={fieldMessage(error, 'displayName')}>
        <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} autoFocus />
      </Field>
      <Field
        label="User principal name"
        required
        hint={`The name they sign in with, ending in @${domain}`}
        validationMessage={fieldMessage(error, 'userPrincipalName')}
      >
        <Input value={userPrincipalName} onChange={(_, data) => setUserPrincipalName(data.value)} placeholder={`name@${domain}`} />
      </Field>
      <CountryPicker
        label="Usage location"
        value={usageLocation}
        onChange={setUsageLocation}
        hint="Where they use apps; licenses can depend on it."
        validationMessage={fieldMessage(error, 'usageLocation')}
      />
      <PasswordField
        label="Password"
        value={password}
        onChange={setPassword}
        hint="At least 12 characters. Leave empty if they shouldn't sign in yet."
        validationMessage={fieldMessage(error, 'password')}
      />
      <Field validationMessage={fieldMessage(error, 'enabled')}>
        <Switch label="Allow sign-in" checked={enabled} onChange={(_, data) => setEnabled(data.checked)} />
      </Field>
      {globalAdmin.allows(session) && <RoleCheckboxes label="Admin roles" value={roles} onChange={setRoles} validationMessage={fieldMessage(error, 'roles')} />}
    </FormDialog>
  );
}
