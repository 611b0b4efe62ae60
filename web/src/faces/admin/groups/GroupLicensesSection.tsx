import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { CertificateRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { listGroupLicenses, listProducts, unassignLicenses, type GroupLicense } from '../../../api/licenses';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDataTableStyles } from '../../../components/dataTable';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf, formatDate } from '../../../components/formatting';
import { useNotify } from '../../../components/Notifications';
import { RouterLink } from '../../../components/RouterLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useMediaQuery } from '../../../components/useMediaQuery';
import { licenseAssigner } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { freeSeatsText } from '../licenses/ProductChoices';
import { ProductStateBadge } from '../licenses/ProductStateBadge';
import { AssignGroupLicensesDialog } from './AssignGroupLicensesDialog';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  waiting: { color: tokens.colorPaletteRedForeground1 },
  toolbar: { marginBottom: tokens.spacingVerticalM },
});

/**
 * The products the group's members get: assigned to the group (which can be removed here)
 * or to a group it is inside, and how many of its members (nested groups included) hold a seat.
 */
export function GroupLicensesSection({ tenantId, group }: { tenantId: string; group: { id: string; displayName: string } }) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const canAssign = licenseAssigner.allows(session);
  // Phones: where it comes from moves under the product's name, the state badge shows only when not active.
  const phone = useMediaQuery('(max-width: 599.98px)');
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<GroupLicense | null>(null);
  const licenses = useApiResource((signal) => listGroupLicenses(tenantId, group.id, signal), [tenantId, group.id]);
  const products = useApiResource((signal) => listProducts(tenantId, {}, signal), [tenantId]);
  const items = licenses.data?.items ?? [];
  const reload = () => {
    licenses.reload();
    products.reload();
  };
  const seatsOf = (planId: string) => products.data?.items.find((p) => p.planId === planId);

  return (
    <Section title="Licenses" className={styles.section}>
      {canAssign && (
        <div className={styles.toolbar}>
          <Button icon={<CertificateRegular />} onClick={() => setAssigning(true)}>
            Assign licenses
          </Button>
        </div>
      )}
      <ErrorMessage error={licenses.error} title="Couldn't load the group's licenses" />
      {licenses.data && items.length === 0 && (
        <Text className={styles.muted}>No licenses reach this group's members, neither assigned to it nor to a group it is in.{canAssign ? ' Assign one to give every member a seat.' : ''}</Text>
      )}
      {items.length > 0 && (
        <Table aria-label="Group licenses" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Product</TableHeaderCell>
              {!phone && <TableHeaderCell>Assigned</TableHeaderCell>}
              {!phone && <TableHeaderCell>State</TableHeaderCell>}
              <TableHeaderCell>Members with a seat</TableHeaderCell>
              {canAssign && <TableHeaderCell>Actions</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((license) => {
              const product = seatsOf(license.planId);
              const origin = license.inheritedFrom ? (
                <>
                  Through group <RouterLink to={`/admin/groups/${license.inheritedFrom.id}`}>{license.inheritedFrom.displayName}</RouterLink>
                </>
              ) : (
                'To this group'
              );
              return (
                <TableRow key={`${license.planId}-${license.inheritedFrom?.id ?? 'own'}`}>
                  <TableCell>
                    <RouterLink to={`/admin/licenses/${license.planId}`}>{license.name}</RouterLink>
                    <Text block size={200} className={styles.muted}>
                      {license.offerName}
                      {product ? ` · ${freeSeatsText(product)}` : ''}
                    </Text>
                    {phone && (
                      <Text block size={200}>
                        {origin}
                      </Text>
                    )}
                    {phone && license.productState !== 'active' && <ProductStateBadge state={license.productState} />}
                  </TableCell>
                  {!phone && (
                    <TableCell>
                      {origin}
                      <Text block size={200} className={styles.muted}>
                        {formatDate(license.assignedAt)}
                      </Text>
                    </TableCell>
                  )}
                  {!phone && (
                    <TableCell>
                      <ProductStateBadge state={license.productState} />
                    </TableCell>
                  )}
                  <TableCell>
                    {license.activeMembers.toLocaleString()}
                    {license.notEnoughMembers > 0 && (
                      <Text block size={200} className={styles.waiting}>
                        {countOf(license.notEnoughMembers, 'member')}: not enough licenses
                      </Text>
                    )}
                  </TableCell>
                  {canAssign && (
                    <TableCell>
                      {license.inheritedFrom ? (
                        <Text size={200} className={styles.muted}>
                          Change it on {license.inheritedFrom.displayName}
                        </Text>
                      ) : (
                        <Button size="small" icon={<DeleteRegular />} aria-label={`Remove ${license.name} from ${group.displayName}`} onClick={() => setRemoving(license)}>
                          Remove
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {assigning && (
        <AssignGroupLicensesDialog
          tenantId={tenantId}
          group={group}
          products={products.data?.items ?? []}
          assigned={items.filter((l) => !l.inheritedFrom).map((l) => l.planId)}
          onClose={() => setAssigning(false)}
          onDone={reload}
        />
      )}
      {removing && (
        <ConfirmDialog
          open
          title={`Remove ${removing.name} from ${group.displayName}?`}
          confirmLabel="Remove license"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await unassignLicenses(tenantId, removing.planId, { groupIds: [group.id] });
            notify(`${removing.name} was removed from ${group.displayName}`);
            reload();
          }}
        >
          Members who hold {removing.name} only through this group lose their seat; the freed seats go to whoever has waited longest.
        </ConfirmDialog>
      )}
    </Section>
  );
}
