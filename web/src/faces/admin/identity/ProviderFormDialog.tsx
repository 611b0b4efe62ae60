import { Button, Checkbox, Field, Input, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { listGroups } from '../../../api/groups';
import {
  createIdentityProvider,
  updateIdentityProvider,
  type IdentityProvider,
  type IdentityProviderChange,
  type NewIdentityProvider,
  type TenantDomain,
} from '../../../api/identity';
import { choiceOr, choicesOf } from '../../../components/choices';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useNotify } from '../../../components/Notifications';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { TENANT_ROLE_LABELS } from '../users/tenantRoles';

/** The admin role a group claim value gives (the provider's answer types it as any text). */
type MappedRole = NonNullable<NonNullable<NewIdentityProvider['groupMappings']>[number]['role']>;
const ROLE_CHOICES: Record<MappedRole, string> = TENANT_ROLE_LABELS;
const CLAIMS = [
  { key: 'userPrincipalName', label: 'User principal name', placeholder: 'preferred_username, else email' },
  { key: 'displayName', label: 'Display name', placeholder: 'name' },
  { key: 'country', label: 'Country', placeholder: 'ctry, else country' },
  { key: 'groups', label: 'Groups', placeholder: 'groups' },
] as const;
type ClaimKey = (typeof CLAIMS)[number]['key'];

interface MappingRow {
  claimValue: string;
  groupId: string;
  role: MappedRole | '';
}

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))', gap: tokens.spacingHorizontalM },
  mapping: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 1.2fr) minmax(120px, 1fr) minmax(120px, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    '@media (max-width: 600px)': { gridTemplateColumns: '1fr' },
  },
  heading: { marginTop: tokens.spacingVerticalS },
});

interface ProviderFormDialogProps {
  tenantId: string;
  domains: readonly TenantDomain[];
  /** The provider to change; a new one when absent. */
  provider?: IdentityProvider;
  onClose(): void;
  onSaved(provider: IdentityProvider): void;
}

/**
 * Adds or changes an OpenID Connect identity provider: where it is, the
 * client LicenseHub is registered as (the secret is write-only), which of
 * the organization's verified domains it signs in, whether it creates people,
 * which claims carry what, and which values of the group claim give
 * LicenseHub groups or admin roles. The server's objections appear under the
 * field they concern.
 */
export function ProviderFormDialog({ tenantId, domains, provider, onClose, onSaved }: ProviderFormDialogProps) {
  const styles = useStyles();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const groups = useApiResource((signal) => listGroups(tenantId, { limit: 500, offset: 0 }, signal), [tenantId]);
  const [displayName, setDisplayName] = useState(provider?.displayName ?? '');
  const [issuer, setIssuer] = useState(provider?.issuer ?? '');
  const [clientId, setClientId] = useState(provider?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [chosenDomains, setChosenDomains] = useState<string[]>(provider?.domains ?? []);
  const [jit, setJit] = useState(provider?.jit ?? true);
  const [passwordsOff, setPasswordsOff] = useState(provider ? !provider.passwordsAllowed : false);
  const [claims, setClaims] = useState<Record<ClaimKey, string>>({
    userPrincipalName: provider?.claimMappings.userPrincipalName ?? '',
    displayName: provider?.claimMappings.displayName ?? '',
    country: provider?.claimMappings.country ?? '',
    groups: provider?.claimMappings.groups ?? '',
  });
  const [mappings, setMappings] = useState<MappingRow[]>(
    provider?.groupMappings.map((m) => ({ claimValue: m.claimValue, groupId: m.groupId ?? '', role: choiceOr(ROLE_CHOICES, m.role, '') })) ?? [],
  );

  const fields = [
    'displayName',
    'issuer',
    'clientId',
    'clientSecret',
    'domains',
    'jit',
    'passwordsAllowed',
    'groupMappings',
    ...CLAIMS.map((c) => `claimMappings.${c.key}`),
    ...mappings.flatMap((_, i) => [`groupMappings.${i}`, `groupMappings.${i}.claimValue`, `groupMappings.${i}.groupId`, `groupMappings.${i}.role`]),
  ];
  const messageOf = (field: string) => fieldMessage(error, field);
  const errorProps = (field: string) => {
    const message = messageOf(field);
    return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
  };

  const claimMappings: NonNullable<NewIdentityProvider['claimMappings']> = {};
  for (const { key } of CLAIMS) if (claims[key].trim()) claimMappings[key] = claims[key].trim();
  const groupMappings = mappings.map((m) => ({
    claimValue: m.claimValue.trim(),
    ...(m.groupId ? { groupId: m.groupId } : {}),
    ...(m.role ? { role: m.role } : {}),
  }));
  const incomplete = !displayName.trim() || !issuer.trim() || !clientId.trim() || (!provider && !clientSecret);

  const save = () =>
    submit(async () => {
      let saved: IdentityProvider;
      if (provider) {
        const change: IdentityProviderChange = {
          displayName: displayName.trim(),
          clientId: clientId.trim(),
          domains: chosenDomains,
          jit,
          passwordsAllowed: !passwordsOff,
          claimMappings,
          groupMappings,
          // The issuer is discovered again only when it changed; the secret is replaced only when typed.
          ...(issuer.trim() !== provider.issuer ? { issuer: issuer.trim() } : {}),
          ...(clientSecret ? { clientSecret } : {}),
        };
        saved = await updateIdentityProvider(tenantId, provider.id, change);
      } else {
        saved = await createIdentityProvider(tenantId, {
          type: 'oidc',
          displayName: displayName.trim(),
          issuer: issuer.trim(),
          clientId: clientId.trim(),
          clientSecret,
          domains: chosenDomains,
          jit,
          passwordsAllowed: !passwordsOff,
          claimMappings,
          groupMappings,
        });
      }
      notify(provider ? `${saved.displayName} was saved` : `${saved.displayName} was added`);
      onSaved(saved);
    });

  const setMapping = (index: number, change: Partial<MappingRow>) => setMappings((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const verified = domains.filter((d) => d.verified);
  const unverified = domains.filter((d) => !d.verified);

  return (
    <FormDialog
      open
      title={provider ? `Edit ${provider.displayName}` : 'Add an identity provider'}
      submitLabel={provider ? 'Save' : 'Add provider'}
      busy={busy}
      error={error}
      errorTitle={provider ? "Couldn't save the identity provider" : "Couldn't add the identity provider"}
      fields={fields}
      submitDisabled={incomplete}
      onSubmit={save}
      onClose={onClose}
    >
      <Field label="Name" required hint="Shown on the sign-in page: Sign in with …" {...errorProps('displayName')}>
        <Input value={displayName} maxLength={100} onChange={(_, d) => setDisplayName(d.value)} autoFocus />
      </Field>
      <Field
        label="Issuer"
        required
        hint="Entra ID: https://login.microsoftonline.com/<directory id>/v2.0 · Okta: https://<org>.okta.com. LicenseHub reads its /.well-known/openid-configuration."
        {...errorProps('issuer')}
      >
        <Input value={issuer} type="url" onChange={(_, d) => setIssuer(d.value)} />
      </Field>
      <div className={styles.grid}>
        <Field label="Client ID" required hint="The application (client) ID the provider gave LicenseHub." {...errorProps('clientId')}>
          <Input value={clientId} onChange={(_, d) => setClientId(d.value)} />
        </Field>
        <Field
          label="Client secret"
          required={!provider}
          hint={provider ? 'Stored sealed and never shown. Leave empty to keep the current secret.' : 'Stored sealed and never shown again.'}
          {...errorProps('clientSecret')}
        >
          <Input value={clientSecret} type="password" autoComplete="new-password" onChange={(_, d) => setClientSecret(d.value)} placeholder={provider ? '(unchanged)' : ''} />
        </Field>
      </div>
      <Field
        label="Domains it signs in"
        hint={unverified.length ? `Only verified domains can be chosen; verify ${unverified.map((d) => d.domain).join(', ')} under Domains first.` : 'People type their email address; its domain picks this provider.'}
        {...errorProps('domains')}
      >
        <div role="group" aria-label="Domains it signs in">
          {verified.map((d) => (
            <Checkbox
              key={d.domain}
              label={d.domain}
              checked={chosenDomains.includes(d.domain)}
              onChange={(_, data) => setChosenDomains((list) => (data.checked ? [...list, d.domain] : list.filter((x) => x !== d.domain)))}
            />
          ))}
        </div>
      </Field>
      <Field hint="Off: only people who already have a LicenseHub account may sign in." {...errorProps('jit')}>
        <Switch label="Create people at their first sign-in (just in time)" checked={jit} onChange={(_, d) => setJit(d.checked)} />
      </Field>
      <Field hint="People of these domains then sign in only through this provider." {...errorProps('passwordsAllowed')}>
        <Switch label="Turn off passwords for these domains" checked={passwordsOff} onChange={(_, d) => setPasswordsOff(d.checked)} />
      </Field>

      <Text as="h3" weight="semibold" className={styles.heading}>
        Claims
      </Text>
      <Text size={200}>Which ID token claim carries each field. Leave empty for the default shown.</Text>
      <div className={styles.grid}>
        {CLAIMS.map((c) => (
          <Field key={c.key} label={`${c.label} claim`} {...errorProps(`claimMappings.${c.key}`)}>
            <Input value={claims[c.key]} placeholder={c.placeholder} onChange={(_, d) => setClaims((all) => ({ ...all, [c.key]: d.value }))} />
          </Field>
        ))}
      </div>

      <Text as="h3" weight="semibold" className={styles.heading}>
        Group mappings
      </Text>
      <Text size={200}>
        A value of the groups claim (a group&apos;s object ID in Entra ID, its name in Okta) gives a LicenseHub group, an admin role, or both. They are
        taken away again at a sign-in without that value.
      </Text>
      {messageOf('groupMappings') && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {messageOf('groupMappings')}
        </Text>
      )}
      {mappings.map((row, index) => (
        <div key={index} className={styles.mapping} role="group" aria-label={`Group mapping ${index + 1}`}>
          <Field label="Claim value" required {...errorProps(`groupMappings.${index}.claimValue`)} validationMessage={messageOf(`groupMappings.${index}.claimValue`) ?? messageOf(`groupMappings.${index}`)}>
            <Input value={row.claimValue} onChange={(_, d) => setMapping(index, { claimValue: d.value })} />
          </Field>
          <Field label="LicenseHub group" {...errorProps(`groupMappings.${index}.groupId`)}>
            <Select value={row.groupId} onChange={(_, d) => setMapping(index, { groupId: d.value })}>
              <option value="">(none)</option>
              {groups.data?.items.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.displayName}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Admin role" {...errorProps(`groupMappings.${index}.role`)}>
            <Select value={row.role} onChange={(_, d) => setMapping(index, { role: choiceOr(ROLE_CHOICES, d.value, '') })}>
              <option value="">(none)</option>
              {choicesOf(ROLE_CHOICES).map((r) => (
                <option key={r} value={r}>
                  {ROLE_CHOICES[r]}
                </option>
              ))}
            </Select>
          </Field>
          <Button aria-label={`Remove group mapping ${index + 1}`} onClick={() => setMappings((rows) => rows.filter((_, i) => i !== index))}>
            Remove
          </Button>
        </div>
      ))}
      <div>
        <Button onClick={() => setMappings((rows) => [...rows, { claimValue: '', groupId: '', role: '' }])}>Add a group mapping</Button>
      </div>
    </FormDialog>
  );
}
