import { Divider, Field, Input, Switch, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { createTenant } from '../../api/operatorTenants';
import type { Tenant } from '../../api/tenants';
import { CountryPicker } from '../../components/CountryPicker';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifications';
import { useSubmit } from '../../components/useSubmit';
import { PasswordField } from '../../components/PasswordField';

const FIELDS = [
  'displayName',
  'primaryDomain',
  'country',
  'isPublisher',
  'partnerId',
  'admin.userPrincipalName',
  'admin.displayName',
  'admin.password',
] as const;

interface CreateTenantDialogProps {
  onClose(): void;
  onCreated(tenant: Tenant): void;
}

/** Creates an organization with its first Global admin, who then manages the rest. */
export function CreateTenantDialog({ onClose, onCreated }: CreateTenantDialogProps) {
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [displayName, setDisplayName] = useState('');
  const [primaryDomain, setPrimaryDomain] = useState('');
  const [country, setCountry] = useState('');
  const [isPublisher, setIsPublisher] = useState(false);
  const [partnerId, setPartnerId] = useState('');
  const [adminName, setAdminName] = useState('');
  const [adminUpn, setAdminUpn] = useState('');
  const [adminPassword, setAdminPassword] = useState('');

  const save = () =>
    submit(async () => {
      const tenant = await createTenant({
        displayName: displayName.trim(),
        primaryDomain: primaryDomain.trim().toLowerCase(),
        country,
        isPublisher,
        partnerId: isPublisher && partnerId.trim() ? partnerId.trim() : null,
        admin: { displayName: adminName.trim(), userPrincipalName: adminUpn.trim(), password: adminPassword },
      });
      notify(`${tenant.displayName} was created`);
      onCreated(tenant);
    });

  const domain = primaryDomain.trim().toLowerCase() || 'domain.example';

  return (
    <FormDialog open title="Create tenant" submitLabel="Create tenant" busy={busy} error={error} fields={FIELDS} onSubmit={save} onClose={onClose}>
      <Field label="Organization name" required validationMessage={fieldMessage(error, 'displayName')}>
        <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} autoFocus />
      </Field>
      <Field label="Primary domain" required hint="Users' sign-in names end with it, e.g. contoso.example." validationMessage={fieldMessage(error, 'primaryDomain')}>
        <Input value={primaryDomain} onChange={(_, data) => setPrimaryDomain(data.value)} />
      </Field>
      <CountryPicker label="Country or region" required value={country} onChange={setCountry} validationMessage={fieldMessage(error, 'country')} />
      <Field validationMessage={fieldMessage(error, 'isPublisher')}>
        <Switch label="This organization publishes apps" checked={isPublisher} onChange={(_, data) => setIsPublisher(data.checked)} />
      </Field>
      {isPublisher && (
        <Field label="Partner ID" hint="6 to 10 digits; can be added later." validationMessage={fieldMessage(error, 'partnerId')}>
          <Input value={partnerId} inputMode="numeric" onChange={(_, data) => setPartnerId(data.value)} />
        </Field>
      )}
      <Divider />
      <Text weight="semibold">First Global admin</Text>
      <Field label="Admin display name" required validationMessage={fieldMessage(error, 'admin.displayName')}>
        <Input value={adminName} onChange={(_, data) => setAdminName(data.value)} />
      </Field>
      <Field label="Admin user principal name" required validationMessage={fieldMessage(error, 'admin.userPrincipalName')}>
        <Input value={adminUpn} placeholder={`admin@${domain}`} onChange={(_, data) => setAdminUpn(data.value)} />
      </Field>
      <PasswordField
        label="Admin password"
        value={adminPassword}
        onChange={setAdminPassword}
        hint="At least 12 characters. Give it to the admin securely."
        validationMessage={fieldMessage(error, 'admin.password')}
      />
    </FormDialog>
  );
}
