import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { listGroupLicenses } from '../../../api/licenses';
import { useDataTableStyles } from '../../../components/dataTable';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf, formatDate } from '../../../components/formatting';
import { RouterLink } from '../../../components/RouterLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { ProductStateBadge } from '../licenses/ProductStateBadge';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  waiting: { color: tokens.colorPaletteRedForeground1 },
});

/** The products assigned to a group, and how many of its members (nested groups included) hold a seat. */
export function GroupLicensesSection({ tenantId, groupId }: { tenantId: string; groupId: string }) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const licenses = useApiResource((signal) => listGroupLicenses(tenantId, groupId, signal), [tenantId, groupId]);
  const items = licenses.data?.items ?? [];
  return (
    <Section title="Licenses" className={styles.section}>
      <ErrorMessage error={licenses.error} title="Couldn't load the group's licenses" />
      {licenses.data && items.length === 0 && <Text className={styles.muted}>No licenses are assigned to this group. Assign one from Licenses to give every member a seat.</Text>}
      {items.length > 0 && (
        <Table aria-label="Group licenses" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Product</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
              <TableHeaderCell>Members with a seat</TableHeaderCell>
              <TableHeaderCell>Assigned</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((license) => (
              <TableRow key={license.planId}>
                <TableCell>
                  <RouterLink to={`/admin/licenses/${license.planId}`}>{license.name}</RouterLink>
                  <Text block size={200} className={styles.muted}>
                    {license.offerName}
                  </Text>
                </TableCell>
                <TableCell>
                  <ProductStateBadge state={license.productState} />
                </TableCell>
                <TableCell>
                  {license.activeMembers.toLocaleString()}
                  {license.notEnoughMembers > 0 && (
                    <Text block size={200} className={styles.waiting}>
                      {countOf(license.notEnoughMembers, 'member')}: not enough licenses
                    </Text>
                  )}
                </TableCell>
                <TableCell>{formatDate(license.assignedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
