import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { updateTenant, type Tenant } from '../../api/tenants';
import { CountryPicker } from '../../components/CountryPicker';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notifications';
import { useSubmit } from '../../components/useSubmit';
import { useSessionState } from '../../session/SessionContext';

const FIELDS = ['displayName', 'country'] as const;

interface OrganizationDialogProps {
  tenant: Tenant;
  onClose(): void;
  onSaved(): void;
}

/** Renames the organization or changes its country (Global admins). */
export function OrganizationDialog({ tenant, onClose, onSaved }: OrganizationDialogProps) {
  const notify = useNotify();
  const { refresh } = useSessionState();
  const { busy, error, submit } = useSubmit();
  const [displayName, setDisplayName] = useState(tenant.displayName);
  const [country, setCountry] = useState(tenant.country);

  const save = async () => {
    const saved = await submit(() => updateTenant(tenant.id, { displayName: displayName.trim(), country }));
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
    </FormDialog>
  );
}
