import { Button, Field, Input, makeStyles, Spinner, Switch, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { updateAnyTenant } from '../../api/operatorTenants';
import type { Tenant } from '../../api/tenants';
import { CountryPicker } from '../../components/CountryPicker';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldMessage } from '../../components/fieldErrors';
import { useNotify } from '../../components/Notifications';
import { useSubmit } from '../../components/useSubmit';

const FIELDS = ['displayName', 'country', 'isPublisher', 'partnerId'] as const;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
});

/** The operator's view of a tenant's name, country and publisher standing. */
export function TenantSettingsForm({ tenant, onSaved }: { tenant: Tenant; onSaved(): void }) {
  const styles = useStyles();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [displayName, setDisplayName] = useState(tenant.displayName);
  const [country, setCountry] = useState(tenant.country);
  const [isPublisher, setIsPublisher] = useState(tenant.isPublisher);
  const [partnerId, setPartnerId] = useState(tenant.partnerId ?? '');

  const changes = {
    ...(displayName.trim() !== tenant.displayName ? { displayName: displayName.trim() } : {}),
    ...(country !== tenant.country ? { country } : {}),
    ...(isPublisher !== tenant.isPublisher ? { isPublisher } : {}),
    ...(partnerId.trim() !== (tenant.partnerId ?? '') ? { partnerId: partnerId.trim() || null } : {}),
  };
  const dirty = Object.keys(changes).length > 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit(() => updateAnyTenant(tenant.id, changes))) {
      notify('Tenant updated');
      onSaved();
    }
  };

  return (
    <form className={styles.form} onSubmit={save} noValidate aria-label="Tenant settings">
      <ErrorMessage error={error} fields={FIELDS} title="Couldn't save the changes" />
      <Field label="Organization name" required validationMessage={fieldMessage(error, 'displayName')}>
        <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} />
      </Field>
      <CountryPicker label="Country or region" required value={country} onChange={setCountry} validationMessage={fieldMessage(error, 'country')} />
      <Field validationMessage={fieldMessage(error, 'isPublisher')}>
        <Switch label="This organization publishes apps" checked={isPublisher} onChange={(_, data) => setIsPublisher(data.checked)} />
      </Field>
      {isPublisher && (
        <Field label="Partner ID" hint="6 to 10 digits." validationMessage={fieldMessage(error, 'partnerId')}>
          <Input value={partnerId} inputMode="numeric" onChange={(_, data) => setPartnerId(data.value)} />
        </Field>
      )}
      <div>
        <Button appearance="primary" type="submit" disabled={!dirty || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
