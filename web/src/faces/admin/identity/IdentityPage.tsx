import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createScimToken, deleteIdentityProvider, listDomains, listIdentityProviders, listProvisioning, listScimTokens, revokeScimToken, testIdentityProvider, type IdentityProvider } from '../../../api/identity';
import { toApiError, type ApiError } from '../../../api/client';
import { CopyButton } from '../../../components/CopyButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDateTime } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useApiResource } from '../../../components/useApiResource';
import { useDataTableStyles } from '../../../components/dataTable';
import { useSession } from '../../../session/SessionContext';
import { DomainsSection } from './DomainsSection';
import { ProviderFormDialog } from './ProviderFormDialog';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/**
 * Admin Center → Identity: how people get in. The organization's identity
 * providers with their status and a test sign-in; the SCIM URL and tokens to
 * paste into Entra ID or Okta; the log of what provisioning did.
 */
export function IdentityPage() {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const session = useSession();
  const tenantId = session.tenant.id;
  const isGlobalAdmin = session.roles.includes('global_admin');
  const providers = useApiResource((signal) => listIdentityProviders(tenantId, signal), [tenantId]);
  const tokensResource = useApiResource((signal) => listScimTokens(tenantId, signal), [tenantId]);
  const log = useApiResource((signal) => listProvisioning(tenantId, { limit: 50, offset: 0 }, signal), [tenantId]);
  const domains = useApiResource((signal) => listDomains(tenantId, signal), [tenantId]);
  /** The provider form: 'new', a provider to edit, or closed. */
  const [editing, setEditing] = useState<IdentityProvider | 'new' | null>(null);
  const [tokenName, setTokenName] = useState('Entra ID provisioning');
  const [newToken, setNewToken] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const act = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  return (
    <>
      <PageHeader title="Identity" description="Sign-in with your organization's identity provider, and provisioning of users and groups with SCIM." />
      {failure && <ErrorMessage error={failure} />}

      <section className={styles.section} aria-labelledby="providers">
        <Text as="h2" id="providers" size={500} weight="semibold">Identity providers</Text>
        {providers.error && <ErrorMessage error={providers.error} />}
        {isGlobalAdmin && (
          <div>
            <Button appearance="primary" onClick={() => setEditing('new')} disabled={!domains.data}>
              Add identity provider
            </Button>
          </div>
        )}
        {editing && domains.data && (
          <ProviderFormDialog
            tenantId={tenantId}
            domains={domains.data.items}
            {...(editing !== 'new' ? { provider: editing } : {})}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              providers.reload();
            }}
          />
        )}
        {!providers.data ? (
          <LoadingState />
        ) : providers.data.items.length === 0 ? (
          <Text>No identity provider yet: people sign in with passwords.{isGlobalAdmin ? ' Add your OpenID Connect provider (Entra ID, Okta…) so they sign in with their organization account.' : ''}</Text>
        ) : (
          <Table className={tableStyles.table} aria-label="Identity providers">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Domains</TableHeaderCell>
                <TableHeaderCell>New people</TableHeaderCell>
                <TableHeaderCell>Passwords</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {providers.data.items.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    {p.displayName}
                    <br />
                    <Text size={200} className={styles.code}>{p.issuer}</Text>
                  </TableCell>
                  <TableCell>{p.domains.join(', ') || '—'}</TableCell>
                  <TableCell>{p.jit ? 'created at first sign-in' : 'existing users only'}</TableCell>
                  <TableCell>{p.passwordsAllowed ? 'allowed' : 'turned off'}</TableCell>
                  <TableCell>
                    {p.status.lastTestOutcome ? (
                      <Badge appearance="tint" color={p.status.lastTestOutcome.startsWith('succeeded') ? 'success' : 'danger'}>
                        {p.status.lastTestOutcome}
                      </Badge>
                    ) : (
                      <Badge appearance="tint" color="informative">not tested</Badge>
                    )}
                    {p.status.lastTestAt && <Text size={200}> {formatDateTime(p.status.lastTestAt)}</Text>}
                  </TableCell>
                  <TableCell>
                    {isGlobalAdmin && (
                      <div className={styles.row}>
                        <Button onClick={() => setEditing(p)} aria-label={`Edit ${p.displayName}`}>Edit</Button>
                        <Button onClick={() => act(async () => window.location.assign((await testIdentityProvider(tenantId, p.id)).signInUrl))}>Test sign-in</Button>
                        <Button
                          aria-label={`Remove ${p.displayName}`}
                          onClick={() =>
                            window.confirm(`Remove ${p.displayName}? People of its domains then sign in with passwords.`) &&
                            act(async () => {
                              await deleteIdentityProvider(tenantId, p.id);
                              providers.reload();
                            })
                          }
                        >
                          Remove
                        </Button>
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="domains">
        <Text as="h2" id="domains" size={500} weight="semibold">Domains</Text>
        {domains.error && <ErrorMessage error={domains.error} />}
        {!domains.data ? <LoadingState /> : <DomainsSection tenantId={tenantId} domains={domains.data.items} canManage={isGlobalAdmin} onChanged={domains.reload} />}
      </section>

      <section className={styles.section} aria-labelledby="scim">
        <Text as="h2" id="scim" size={500} weight="semibold">Provisioning (SCIM)</Text>
        {tokensResource.error && <ErrorMessage error={tokensResource.error} />}
        {tokensResource.data && (
          <>
            <Field label="SCIM URL (Tenant URL in Entra ID, SCIM connector base URL in Okta)">
              <div className={styles.row}>
                <Text className={styles.code}>{tokensResource.data.scimUrl}</Text>
                <CopyButton text={tokensResource.data.scimUrl} label="Copy the SCIM URL" />
              </div>
            </Field>
            {newToken && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  Copy this token now (Secret Token in Entra ID, the Bearer token in Okta); it is not shown again:{' '}
                  <span className={styles.code}>{newToken}</span> <CopyButton text={newToken} label="Copy the SCIM token" />
                </MessageBarBody>
              </MessageBar>
            )}
            {isGlobalAdmin && (
              <div className={styles.row}>
                <Field label="New token's name">
                  <Input value={tokenName} onChange={(_, d) => setTokenName(d.value)} />
                </Field>
                <Button
                  appearance="primary"
                  onClick={() =>
                    act(async () => {
                      setNewToken((await createScimToken(tenantId, tokenName)).token);
                      tokensResource.reload();
                    })
                  }
                >
                  Create SCIM token
                </Button>
              </div>
            )}
            <Table className={tableStyles.table} aria-label="SCIM tokens">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Token</TableHeaderCell>
                  <TableHeaderCell>Created</TableHeaderCell>
                  <TableHeaderCell>Last used</TableHeaderCell>
                  <TableHeaderCell />
                </TableRow>
              </TableHeader>
              <TableBody>
                {tokensResource.data.items.map((token) => (
                  <TableRow key={token.id}>
                    <TableCell>
                      {token.name} <Text className={styles.code}>{token.prefix}…</Text>
                    </TableCell>
                    <TableCell>{formatDateTime(token.createdAt)} by {token.createdBy}</TableCell>
                    <TableCell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}</TableCell>
                    <TableCell>
                      {token.revokedAt ? (
                        <Badge appearance="tint" color="subtle">revoked</Badge>
                      ) : (
                        isGlobalAdmin && <Button onClick={() => act(async () => { await revokeScimToken(tenantId, token.id); tokensResource.reload(); })}>Revoke</Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="log">
        <Text as="h2" id="log" size={500} weight="semibold">Provisioning log</Text>
        {log.error && <ErrorMessage error={log.error} />}
        {log.data && (
          <Table className={tableStyles.table} aria-label="Provisioning log">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>When</TableHeaderCell>
                <TableHeaderCell>Request</TableHeaderCell>
                <TableHeaderCell>Outcome</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.data.items.map((op) => (
                <TableRow key={op.id}>
                  <TableCell>{formatDateTime(op.occurredAt)}</TableCell>
                  <TableCell className={styles.code}>{op.method} {op.path}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={op.status < 400 ? 'success' : 'danger'}>{op.status}</Badge> {op.outcome}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}
