import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { deleteAnyTenant, getAnyTenant } from '../../api/operatorTenants';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyButton } from '../../components/CopyButton';
import { DetailList } from '../../components/DetailList';
import { ErrorMessage } from '../../components/ErrorMessage';
import { countOf, formatDateTime } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../components/Notifications';
import { PageHeader } from '../../components/PageHeader';
import { ParentLink } from '../../components/ParentLink';
import { Section } from '../../components/Section';
import { useApiResource } from '../../components/useApiResource';
import { ProgramStatusBadge } from '../partner/ProgramStatusBadge';
import { TenantKind } from './TenantKind';
import { TenantSettingsForm } from './TenantSettingsForm';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  danger: { marginTop: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** One tenant as the operator sees it: its facts, its settings, and deleting it. */
export function TenantDetailPage() {
  const styles = useStyles();
  const notify = useNotify();
  const navigate = useNavigate();
  const { tenantId = '' } = useParams();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const tenant = useApiResource((signal) => getAnyTenant(tenantId, signal), [tenantId]);

  const current = tenant.data?.id === tenantId ? tenant.data : undefined;
  if (!current) return tenant.error ? <ErrorMessage error={tenant.error} title="Couldn't load this tenant" /> : <LoadingState />;

  return (
    <>
      <PageHeader above={<ParentLink to="/operator/tenants">Tenants</ParentLink>} title={current.displayName} description={<TenantKind tenant={current} />} />
      <div className={styles.layout}>
        <Section title="Details">
          <DetailList
            items={[
              [
                'Tenant ID',
                <>
                  <Text className={styles.mono}>{current.id}</Text>
                  <CopyButton text={current.id} label="Copy tenant ID" />
                </>,
              ],
              ['Primary domain', current.primaryDomain],
              ['Country or region', current.countryName],
              ['Directory', `${countOf(current.userCount, 'user')}, ${countOf(current.groupCount, 'group')}`],
              ['Partner ID', current.partnerId ?? '—'],
              ['Partner program', current.isPublisher ? <ProgramStatusBadge key="program" status={current.programStatus} /> : 'Not a publisher'],
              ['Created', formatDateTime(current.createdAt)],
            ]}
          />
        </Section>
        <Section title="Settings">
          <TenantSettingsForm key={`${current.displayName}|${current.country}|${current.isPublisher}|${current.partnerId}`} tenant={current} onSaved={tenant.reload} />
        </Section>
      </div>
      {current.kind !== 'operator' && (
        <Section title="Delete tenant" className={styles.danger}>
          <Text className={styles.muted}>Deleting a tenant removes its users, groups and settings for good.</Text>
          <div>
            <Button icon={<DeleteRegular />} onClick={() => setConfirmingDelete(true)}>
              Delete tenant
            </Button>
          </div>
        </Section>
      )}
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${current.displayName}?`}
        confirmLabel="Delete tenant"
        onClose={() => setConfirmingDelete(false)}
        onConfirm={async () => {
          await deleteAnyTenant(current.id);
          notify(`${current.displayName} was deleted`);
          navigate('/operator/tenants');
        }}
      >
        This deletes {current.primaryDomain} with its {countOf(current.userCount, 'user')} and {countOf(current.groupCount, 'group')}. This can't be undone.
      </ConfirmDialog>
    </>
  );
}
