import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  ArrowUploadRegular,
  Certificate20Regular,
  EditRegular,
  MailInbox20Regular,
  People20Regular,
  PeopleTeam20Regular,
  PeopleTeamRegular,
  PersonAddRegular,
} from '@fluentui/react-icons';
import { listLicenseRequests } from '../../api/licenseRequests';
import { listProducts } from '../../api/licenses';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { getTenant } from '../../api/tenants';
import { CopyButton } from '../../components/CopyButton';
import { DetailList } from '../../components/DetailList';
import { ErrorMessage } from '../../components/ErrorMessage';
import { countOf, formatDate } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RouterLink } from '../../components/RouterLink';
import { Section } from '../../components/Section';
import { useApiResource } from '../../components/useApiResource';
import { directoryWriter, globalAdmin, licenseAssigner } from '../../session/access';
import { useSession } from '../../session/SessionContext';
import { OrganizationDialog } from './OrganizationDialog';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  count: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalL },
  countValue: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
  countLabel: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  alert: { color: tokens.colorPaletteRedForeground1 },
});

/** The organization at a glance, with the directory tasks admins do most. */
export function AdminHomePage() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const tenant = useApiResource((signal) => getTenant(session.tenant.id, signal), [session.tenant.id]);
  const canAssign = licenseAssigner.allows(session);
  const products = useApiResource((signal) => listProducts(session.tenant.id, {}, signal), [session.tenant.id]);
  const requests = useApiResource(
    (signal) => (canAssign ? listLicenseRequests(session.tenant.id, { status: 'pending', limit: 1 }, signal) : Promise.resolve(undefined)),
    [session.tenant.id, canAssign],
  );
  const waiting = (products.data?.items ?? []).reduce((sum, product) => sum + product.notEnoughLicenses, 0);
  const canWrite = directoryWriter.allows(session);
  const canEditOrganization = globalAdmin.allows(session);
  const [editing, setEditing] = useState(false);

  if (!tenant.data) return tenant.error ? <ErrorMessage error={tenant.error} /> : <LoadingState />;
  const { displayName, primaryDomain, countryName, id, createdAt, userCount, groupCount } = tenant.data;

  return (
    <>
      <PageHeader title={displayName} description="Manage your organization's users, groups, admin roles and licenses." />
      <div className={styles.grid}>
        <Card className={styles.count} aria-label="Users">
          <span className={styles.countLabel}>
            <People20Regular aria-hidden /> Users
          </span>
          <span className={styles.countValue}>{userCount.toLocaleString()}</span>
          <RouterLink to="/admin/users">Manage users</RouterLink>
        </Card>
        <Card className={styles.count} aria-label="Groups">
          <span className={styles.countLabel}>
            <PeopleTeam20Regular aria-hidden /> Security groups
          </span>
          <span className={styles.countValue}>{groupCount.toLocaleString()}</span>
          <RouterLink to="/admin/groups">Manage groups</RouterLink>
        </Card>
        <Card className={styles.count} aria-label="Licenses">
          <span className={styles.countLabel}>
            <Certificate20Regular aria-hidden /> Licensed products
          </span>
          <span className={styles.countValue}>{products.data ? products.data.items.length.toLocaleString() : '…'}</span>
          {waiting > 0 ? (
            <Text className={styles.alert}>
              {countOf(waiting, 'user')} waiting for a seat · <RouterLink to="/admin/licenses">Review</RouterLink>
            </Text>
          ) : (
            <RouterLink to="/admin/licenses">Manage licenses</RouterLink>
          )}
        </Card>
        {canAssign && (
          <Card className={styles.count} aria-label="License requests">
            <span className={styles.countLabel}>
              <MailInbox20Regular aria-hidden /> Pending license requests
            </span>
            <span className={styles.countValue}>{requests.data ? requests.data.total.toLocaleString() : '…'}</span>
            <RouterLink to="/admin/license-requests">Review requests</RouterLink>
          </Card>
        )}
      </div>
      <div className={styles.grid}>
        <Section
          title="Organization"
          actions={
            canEditOrganization && (
              <Button appearance="subtle" icon={<EditRegular />} onClick={() => setEditing(true)}>
                Edit
              </Button>
            )
          }
        >
          <DetailList
            items={[
              ['Name', displayName],
              ['Primary domain', primaryDomain],
              ['Country or region', countryName],
              [
                'Tenant ID',
                <>
                  <Text className={styles.mono}>{id}</Text>
                  <CopyButton text={id} label="Copy tenant ID" />
                </>,
              ],
              ['Created', formatDate(createdAt)],
            ]}
          />
        </Section>
        {canWrite && (
          <Section title="Common tasks">
            <div className={styles.actions}>
              <Button icon={<PersonAddRegular />} onClick={() => navigate('/admin/users?create=1')}>
                Add a user
              </Button>
              <Button icon={<ArrowUploadRegular />} onClick={() => navigate('/admin/users/import')}>
                Import users
              </Button>
              <Button icon={<PeopleTeamRegular />} onClick={() => navigate('/admin/groups?create=1')}>
                Create a group
              </Button>
            </div>
          </Section>
        )}
      </div>
      {editing && (
        <OrganizationDialog
          tenant={tenant.data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            tenant.reload();
          }}
        />
      )}
    </>
  );
}
