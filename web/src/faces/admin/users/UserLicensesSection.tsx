import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CertificateRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import { listUserLicenses, type HolderSource } from '../../../api/licenses';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { useApiResource } from '../../../components/useApiResource';
import { ProductStateBadge, SeatStateBadge } from '../licenses/ProductStateBadge';
import { DrawerSection } from './DrawerSection';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: '20px 1fr auto', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  link: { color: tokens.colorBrandForegroundLink },
  detail: { gridColumn: 2, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS },
  none: { color: tokens.colorNeutralForeground3 },
});

const through = (sources: HolderSource[]) =>
  sources.map((source) => (source.kind === 'direct' ? 'assigned directly' : `through ${source.groupName}${source.via.length ? ` (via ${source.via.map((g) => g.name).join(' › ')})` : ''}`)).join('; ');

/** The products a user holds, their seat state, and how they hold each (directly or through which group). */
export function UserLicensesSection({ tenantId, userId }: { tenantId: string; userId: string }) {
  const styles = useStyles();
  const licenses = useApiResource((signal) => listUserLicenses(tenantId, userId, signal), [tenantId, userId]);
  const items = licenses.data?.items ?? [];
  return (
    <DrawerSection title="Licenses">
      <ErrorMessage error={licenses.error} title="Couldn't load the user's licenses" />
      {!licenses.data && licenses.loading && <LoadingState />}
      {licenses.data && items.length === 0 && <Text className={styles.none}>No licenses, directly or through a group.</Text>}
      {items.length > 0 && (
        <ul className={styles.list} aria-label="Licenses held">
          {items.map((license) => (
            <li key={license.planId} className={styles.item}>
              <CertificateRegular aria-hidden />
              <Link to={`/admin/licenses/${license.planId}`} className={styles.link}>
                {license.name}
              </Link>
              <span className={styles.badges}>
                <SeatStateBadge state={license.state} />
                {license.productState !== 'active' && <ProductStateBadge state={license.productState} />}
              </span>
              <Text className={styles.detail}>
                {license.offer.name}, {through(license.sources)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </DrawerSection>
  );
}
