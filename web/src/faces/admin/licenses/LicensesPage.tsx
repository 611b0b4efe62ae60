import {
  Button,
  makeStyles,
  SearchBox,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, CertificateRegular, Warning16Filled } from '@fluentui/react-icons';
import { listProducts } from '../../../api/licenses';
import { useDataTableStyles } from '../../../components/dataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { useSession } from '../../../session/SessionContext';
import { ProductStateBadge, productStateText } from './ProductStateBadge';
import { SeatMeter } from './SeatMeter';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  search: { width: '300px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  number: { fontVariantNumeric: 'tabular-nums' },
  waiting: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** The licenses the organization holds: one product per plan, with purchased, assigned and available counts. */
export function LicensesPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const list = useListQuery();
  const includeRemoved = list.param('removed') === '1';
  const products = useApiResource(
    (signal) => listProducts(session.tenant.id, { search: list.search || undefined, includeRemoved: includeRemoved ? 'true' : undefined }, signal),
    [session.tenant.id, list.search, includeRemoved],
  );
  const items = products.data?.items ?? [];

  return (
    <>
      <PageHeader
        title="Licenses"
        description="Licenses your organization bought from publishers, one product per plan. Assign them to users or to groups; a user counts once however many ways they hold one."
      />
      <div className={styles.toolbar} role="toolbar" aria-label="License filters">
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={products.reload}>
          Refresh
        </Button>
        <SearchBox
          className={styles.search}
          aria-label="Search products"
          placeholder="Search by product or app"
          value={list.searchText}
          onChange={(_, data) => list.setSearchText(data.value)}
        />
        <Switch label="Show removed" checked={includeRemoved} onChange={(_, data) => list.setParam({ removed: data.checked ? '1' : '' })} />
        {products.data && <Text className={styles.total}>{countOf(items.length, 'product')}</Text>}
      </div>
      <ErrorMessage error={products.error} title="Couldn't load licenses" />
      {!products.data && products.loading && <LoadingState />}
      {products.data && items.length === 0 && (
        <EmptyState
          icon={<CertificateRegular />}
          title={list.search ? 'No products match' : 'No licenses yet'}
          message={
            list.search
              ? 'Try another name.'
              : 'When a publisher you have a relationship with registers your deal, its licenses appear here at once.'
          }
        />
      )}
      {items.length > 0 && (
        <Table aria-label="Products" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '28%' }}>Product</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
              <TableHeaderCell>Purchased</TableHeaderCell>
              <TableHeaderCell>Assigned</TableHeaderCell>
              <TableHeaderCell>Available</TableHeaderCell>
              <TableHeaderCell style={{ width: '200px' }}>Usage</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((product) => (
              <TableRow key={product.planId}>
                <TableCell>
                  <RouterLink to={`/admin/licenses/${product.planId}`}>{product.name}</RouterLink>
                  <Text block className={styles.muted}>
                    {product.offer.name} · {product.publisher.name}
                  </Text>
                </TableCell>
                <TableCell>
                  <ProductStateBadge state={product.state} />
                  {product.nextChangeAt && product.state !== 'removed' && (
                    <Text block className={styles.muted}>
                      {productStateText(product)}
                    </Text>
                  )}
                </TableCell>
                <TableCell className={styles.number}>{product.purchased.toLocaleString()}</TableCell>
                <TableCell className={styles.number}>{product.assigned.toLocaleString()}</TableCell>
                <TableCell className={styles.number}>
                  {product.available.toLocaleString()}
                  {product.notEnoughLicenses > 0 && (
                    <span className={styles.waiting}>
                      <Warning16Filled aria-hidden /> {countOf(product.notEnoughLicenses, 'user')} without a seat
                    </span>
                  )}
                </TableCell>
                <TableCell>
                  <SeatMeter assigned={product.assigned} purchased={product.purchased} waiting={product.notEnoughLicenses} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
