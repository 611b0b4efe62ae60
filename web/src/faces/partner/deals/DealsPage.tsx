import {
  Button,
  Dropdown,
  makeStyles,
  Option,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ReceiptAddRegular, ReceiptMoneyRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listDeals, type DealState } from '../../../api/deals';
import { useDataTableStyles } from '../../../components/dataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { publisherDealWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { DEAL_STATE_LABELS, DealStateBadge } from './DealStateBadge';
import { formatCalendarDate, formatMoney } from './money';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  search: { width: '280px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
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
  const state = list.param('state') as DealState | '';
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
      <div className={styles.toolbar} role="toolbar" aria-label="Deal actions">
        {canWrite && (
          <Button appearance="primary" icon={<ReceiptAddRegular />} onClick={() => navigate('/partner/deals/new')}>
            Register a deal
          </Button>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={deals.reload}>
          Refresh
        </Button>
        <SearchBox
          className={styles.search}
          aria-label="Search deals"
          placeholder="Search by customer"
          value={list.searchText}
          onChange={(_, data) => list.setSearchText(data.value)}
        />
        <Dropdown
          aria-label="Filter by state"
          value={state ? DEAL_STATE_LABELS[state] : 'All states'}
          selectedOptions={[state]}
          onOptionSelect={(_, data) => list.setParam({ state: data.optionValue ?? '', offset: '' })}
        >
          <Option value="">All states</Option>
          {(Object.keys(DEAL_STATE_LABELS) as DealState[]).map((value) => (
            <Option key={value} value={value}>
              {DEAL_STATE_LABELS[value]}
            </Option>
          ))}
        </Dropdown>
        {deals.data && <Text className={styles.total}>{countOf(deals.data.total, 'deal')}</Text>}
      </div>
      <ErrorMessage error={deals.error} title="Couldn't load deals" />
      {!deals.data && deals.loading && <LoadingState />}
      {deals.data?.items.length === 0 && (
        <EmptyState
          icon={<ReceiptMoneyRegular />}
          title={filtered ? 'No deals match' : 'No deals yet'}
          message={filtered ? 'Try another search or state.' : 'Register a deal once a customer has accepted your invitation; its licenses reach their Admin Center at once.'}
        />
      )}
      {deals.data && deals.data.items.length > 0 && (
        <>
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
              {deals.data.items.map((deal) => (
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
          <Pager offset={list.offset} pageSize={PAGE_SIZE} total={deals.data.total} onOffsetChange={list.setOffset} />
        </>
      )}
    </>
  );
}
