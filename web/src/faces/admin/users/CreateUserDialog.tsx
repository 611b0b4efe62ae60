import { Button, Field, Input, Switch, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { listProducts } from '../../../api/licenses';
import { createUser, type DirectoryRole, type DirectoryUser } from '../../../api/users';
import { useApiResource } from '../../../components/useApiResource';
import { licenseAssigner } from '../../../session/access';
import { ChangeReport } from '../licenses/ChangeReport';
import { applyLicenseChanges, type ChangeOutcome } from '../licenses/licenseChanges';
import { ProductChoices } from '../licenses/ProductChoices';
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

/** Add a user as in the Microsoft 365 admin center: the basics, then their licenses, created and assigned in one go. */
export function CreateUserDialog({ onClose, onCreated }: CreateUserDialogProps) {
  const session = useSession();
  const canAssign = licenseAssigner.allows(session);
  const [step, setStep] = useState<'basics' | 'licenses'>('basics');
  const [planIds, setPlanIds] = useState<string[]>([]);
  const [created, setCreated] = useState<{ user: DirectoryUser; outcomes: ChangeOutcome[] } | null>(null);
  const products = useApiResource((signal) => (canAssign ? listProducts(session.tenant.id, {}, signal) : Promise.resolve({ items: [] })), [session.tenant.id, canAssign]);
  const offered = (products.data?.items ?? []).filter((p) => p.state !== 'removed');
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const domain = session.tenant.primaryDomain;
  const [displayName, setDisplayName] = useState('');
  const [userPrincipalName, setUserPrincipalName] = useState('');
  const [usageLocation, setUsageLocation] = useState(session.tenant.country);
  const [password, setPassword] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [roles, setRoles] = useState<DirectoryRole[]>([]);

  const save = () => {
    if (step === 'basics' && canAssign) {
      setStep('licenses');
      return;
    }
    return submit(async () => {
      const user = await createUser(session.tenant.id, {
        displayName: displayName.trim(),
        userPrincipalName: userPrincipalName.trim(),
        ...(usageLocation ? { usageLocation } : {}),
        ...(password ? { password } : {}),
        enabled,
        roles,
      }).catch((error: unknown) => {
        // The API names the basics' fields: show them where they are typed.
        setStep('basics');
        throw error;
      });
      // Assigned one product at a time: one without a free seat fails alone; the user stays created.
      const outcomes = await applyLicenseChanges(session.tenant.id, { userIds: [user.id] }, offered, { add: planIds, remove: [] });
      if (outcomes.every((o) => o.ok)) {
        notify(`${user.displayName} was added${outcomes.length ? ` with ${outcomes.length === 1 ? 'a license' : `${outcomes.length} licenses`}` : ''}`);
        onCreated(user);
      } else setCreated({ user, outcomes });
    });
  };

  if (created) {
    const failed = created.outcomes.filter((o) => !o.ok).length;
    return (
      <FormDialog
        open
        title={`${created.user.displayName} was added`}
        submitLabel="Done"
        busy={false}
        error={undefined}
        fields={[]}
        onSubmit={() => onCreated(created.user)}
        onClose={() => onCreated(created.user)}
        actions={
          <Button appearance="primary" onClick={() => onCreated(created.user)}>
            Done
          </Button>
        }
      >
        <Text>
          The user was created, but {failed === 1 ? 'a license was' : `${failed} licenses were`} not assigned. Free a seat or ask the publisher for more licenses, then assign it from the user's Licenses and apps.
        </Text>
        <ChangeReport outcomes={created.outcomes} title="Licenses" />
      </FormDialog>
    );
  }

  if (step === 'licenses') {
    return (
      <FormDialog
        open
        title="Add a user: licenses"
        submitLabel="Add user"
        busy={busy}
        error={error}
        fields={[]}
        onSubmit={save}
        onClose={onClose}
        actions={
          <>
            <Button onClick={() => setStep('basics')} disabled={busy}>
              Back
            </Button>
            <Button appearance="primary" type="submit" disabled={busy}>
              {busy ? 'Adding…' : 'Add user'}
            </Button>
          </>
        }
      >
        <Text>Choose the products {displayName.trim() || 'the user'} gets. You can change them later in Licenses and apps.</Text>
        <ProductChoices label="Licenses" products={offered} value={planIds} onChange={setPlanIds} />
      </FormDialog>
    );
  }

  return (
    <FormDialog open title="Add a user: basics" submitLabel={canAssign ? 'Next: licenses' : 'Add user'} busy={busy} error={error} fields={FIELDS} onSubmit={save} onClose={onClose}>
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
