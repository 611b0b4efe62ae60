import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ReceiptAddRegular, ReceiptMoneyRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listDeals } from '../../../api/deals';
import { useDataTableStyles } from '../../../components/dataTable';
import { countOf } from '../../../components/formatting';
import { LabelFilter, ListResults, ListSearch, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { publisherDealWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { DEAL_STATE_LABELS, DealStateBadge } from './DealStateBadge';
import { formatCalendarDate, formatMoney } from './money';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  number: { textAlign: 'right' },
});

/** The deals the publisher registered, and the state of their licenses today. */
export function DealsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const list = useListQuery();
  const state = list.choice('state', DEAL_STATE_LABELS);
  const tenantId = session.tenant.id;
  const canWrite = publisherDealWriter.allows(session);
  const deals = useApiResource(
    (signal) => listDeals(tenantId, { search: list.search || undefined, state: state || undefined, limit: PAGE_SIZE, offset: list.offset }, signal),
    [tenantId, list.search, state, list.offset],
  );
  const filtered = Boolean(list.search || state);

  return (
    <>
      <PageHeader title="Deals" description="Deals you won, with the licenses they provision into your customers' organizations." />
      <ListToolbar label="Deal actions" total={deals.data && countOf(deals.data.total, 'deal')}>
        {canWrite && (
          <Button appearance="primary" icon={<ReceiptAddRegular />} onClick={() => navigate('/partner/deals/new')}>
            Register a deal
          </Button>
        )}
        <RefreshButton onClick={deals.reload} />
        <ListSearch list={list} label="Search deals" placeholder="Search by customer" />
        <LabelFilter
          label="Filter by state"
          allLabel="All states"
          labels={DEAL_STATE_LABELS}
          value={state}
          onChange={(value) => list.setParam({ state: value, offset: '' })}
        />
      </ListToolbar>
      <ListResults
        resource={deals}
        errorTitle="Couldn't load deals"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <ReceiptMoneyRegular />,
          title: filtered ? 'No deals match' : 'No deals yet',
          message: filtered ? 'Try another search or state.' : 'Register a deal once a customer has accepted your invitation; its licenses reach their Admin Center at once.',
        }}
      >
        {(items) => (
          <Table aria-label="Deals" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '24%' }}>Customer</TableHeaderCell>
                <TableHeaderCell>Offer</TableHeaderCell>
                <TableHeaderCell>Licenses</TableHeaderCell>
                <TableHeaderCell>Contract value</TableHeaderCell>
                <TableHeaderCell>Term</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((deal) => (
                <TableRow key={deal.id}>
                  <TableCell>
                    <RouterLink to={`/partner/deals/${deal.id}`}>{deal.customer.companyName}</RouterLink>
                    <Text block className={styles.muted}>
                      {deal.customerTenant.name} · {deal.contractType === 'new' ? 'New' : 'Renewal'}
                    </Text>
                  </TableCell>
                  <TableCell>{deal.offer.name}</TableCell>
                  <TableCell>
                    {deal.licenses.length === 0
                      ? '—'
                      : deal.licenses.map((line) => (
                          <Text block key={line.planId}>
                            {line.quantity.toLocaleString()} × {line.planName}
                          </Text>
                        ))}
                  </TableCell>
                  <TableCell>{formatMoney(deal.totalContractValue)}</TableCell>
                  <TableCell>
                    {formatCalendarDate(deal.startDate)} – {deal.endDate ? formatCalendarDate(deal.endDate) : 'perpetual'}
                  </TableCell>
                  <TableCell>
                    <DealStateBadge state={deal.state} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
    </>
  );
}
