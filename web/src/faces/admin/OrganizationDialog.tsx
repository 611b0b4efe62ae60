import { Field, Input, Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { updateTenant, type Tenant } from '../../api/tenants';
import { CountryPicker } from '../../components/CountryPicker';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifications';
import { useSubmit } from '../../components/useSubmit';
import { useSessionState } from '../../session/SessionContext';

const FIELDS = ['displayName', 'country', 'requireMfaForAdmins'] as const;

interface OrganizationDialogProps {
  tenant: Tenant;
  onClose(): void;
  onSaved(): void;
}

/** Renames the organization, changes its country or its security settings (Global admins). */
export function OrganizationDialog({ tenant, onClose, onSaved }: OrganizationDialogProps) {
  const notify = useNotify();
  const { refresh } = useSessionState();
  const { busy, error, submit } = useSubmit();
  const [displayName, setDisplayName] = useState(tenant.displayName);
  const [country, setCountry] = useState(tenant.country);
  const [requireMfa, setRequireMfa] = useState(tenant.requireMfaForAdmins);

  const save = async () => {
    const saved = await submit(() => updateTenant(tenant.id, { displayName: displayName.trim(), country, requireMfaForAdmins: requireMfa }));
    if (!saved) return;
    notify('Organization updated');
    await refresh();
    onSaved();
  };

  return (
    <FormDialog open title="Edit organization" submitLabel="Save" busy={busy} error={error} fields={FIELDS} onSubmit={save} onClose={onClose}>
      <Field label="Organization name" required validationMessage={fieldMessage(error, 'displayName')}>
        <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} autoFocus />
      </Field>
      <CountryPicker label="Country or region" required value={country} onChange={setCountry} validationMessage={fieldMessage(error, 'country')} />
      <Field
        label="Security"
        hint="Admins without an authenticator app set one up at their next sign-in."
        validationMessage={fieldMessage(error, 'requireMfaForAdmins')}
      >
        <Switch label="Require multi-factor authentication for admins" checked={requireMfa} onChange={(_, data) => setRequireMfa(data.checked)} />
      </Field>
    </FormDialog>
  );
}
