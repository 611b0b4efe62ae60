import { Badge, Button, Field, Input, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { addDomain, removeDomain, verifyDomain, type TenantDomain } from '../../../api/identity';
import { CopyButton } from '../../../components/CopyButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { useDataTableStyles } from '../../../components/dataTable';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  add: { marginTop: '26px' },
  record: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: 'center' },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * The organization's domains: the primary one, and the ones it added, each
 * with the DNS TXT record that proves it owns them until verified. Only
 * verified domains can sign people in through an identity provider.
 */
export function DomainsSection({ tenantId, domains, canManage, onChanged }: { tenantId: string; domains: readonly TenantDomain[]; canManage: boolean; onChanged(): void }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const notify = useNotify();
  const adding = useSubmit();
  const acting = useSubmit();
  const [domain, setDomain] = useState('');

  const add = () =>
    adding.submit(async () => {
      const added = await addDomain(tenantId, domain.trim());
      notify(`${added.domain} was added; publish its TXT record, then verify it`);
      setDomain('');
      onChanged();
    });

  return (
    <>
      {canManage && (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <Field
            label="Add a domain"
            hint="A domain your people's email addresses use, e.g. eu.contoso.com"
            validationMessage={fieldMessage(adding.error, 'domain') ?? adding.error?.detail}
            validationState={adding.error ? 'error' : 'none'}
          >
            <Input value={domain} onChange={(_, d) => setDomain(d.value)} placeholder="eu.contoso.com" />
          </Field>
          <Button className={styles.add} type="submit" disabled={!domain.trim() || adding.busy}>
            Add domain
          </Button>
        </form>
      )}
      <ErrorMessage error={acting.error} title="The domain could not be changed" />
      <Table className={tableStyles.table} aria-label="Domains">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Domain</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>DNS record to publish</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {domains.map((d) => (
            <TableRow key={d.domain}>
              <TableCell>{d.domain}</TableCell>
              <TableCell>
                {d.primary ? (
                  <Badge appearance="tint" color="brand">primary</Badge>
                ) : d.verified ? (
                  <Badge appearance="tint" color="success">verified</Badge>
                ) : (
                  <Badge appearance="tint" color="warning">not verified</Badge>
                )}
              </TableCell>
              <TableCell>
                {d.verificationRecord ? (
                  <div className={styles.record}>
                    <Text size={200}>Type</Text>
                    <Text className={styles.code}>{d.verificationRecord.type}</Text>
                    <Text size={200}>Name</Text>
                    <span className={styles.code}>
                      {d.verificationRecord.name} <CopyButton text={d.verificationRecord.name} label={`Copy the record name for ${d.domain}`} />
                    </span>
                    <Text size={200}>Value</Text>
                    <span className={styles.code}>
                      {d.verificationRecord.value} <CopyButton text={d.verificationRecord.value} label={`Copy the record value for ${d.domain}`} />
                    </span>
                  </div>
                ) : (
                  <Text size={200}>—</Text>
                )}
              </TableCell>
              <TableCell>
                {canManage && !d.primary && (
                  <div className={styles.actions}>
                    {!d.verified && (
                      <Button
                        disabled={acting.busy}
                        onClick={() =>
                          acting.submit(async () => {
                            await verifyDomain(tenantId, d.domain);
                            notify(`${d.domain} is verified`);
                            onChanged();
                          })
                        }
                      >
                        Verify
                      </Button>
                    )}
                    <Button
                      disabled={acting.busy}
                      aria-label={`Remove ${d.domain}`}
                      onClick={() =>
                        acting.submit(async () => {
                          await removeDomain(tenantId, d.domain);
                          notify(`${d.domain} was removed`);
                          onChanged();
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
      <Text size={200}>
        Publish the TXT record at your DNS host, then choose Verify; it can take a while to appear. The platform operator can also vouch for a domain.
      </Text>
    </>
  );
}
