import { Button, Dropdown, makeStyles, mergeClasses, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, MailInboxRegular } from '@fluentui/react-icons';
import { Outlet, useLocation } from 'react-router-dom';
import { leadsCsvUrl, listLeads } from '../../../api/leads';
import { listOffers } from '../../../api/offers';
import { useCountries } from '../../../components/Countries';
import { useDataTableStyles } from '../../../components/dataTable';
import { countOf, formatDateTime } from '../../../components/formatting';
import { LabelFilter, ListResults, ListSearch, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { useSession } from '../../../session/SessionContext';
import { LEAD_STATUS_LABELS, LeadDeliveryBadge, LeadStatusBadge } from './LeadBadges';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  offerFilter: { minWidth: '220px' },
  // A deleted endpoint's address can be long: it wraps rather than widening the table.
  note: { maxWidth: '240px', overflowWrap: 'anywhere', marginTop: tokens.spacingVerticalXXS },
});

export interface LeadsOutletContext {
  reloadLeads(): void;
}

/** Partner Center's leads inbox: everyone who asked to be contacted about the publisher's offers. */
export function LeadsPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const location = useLocation();
  const { nameOf } = useCountries();
  const list = useListQuery();
  const status = list.choice('status', LEAD_STATUS_LABELS);
  const offer = list.param('offer');
  const tenantId = session.tenant.id;
  const page = Math.floor(list.offset / PAGE_SIZE) + 1;
  const leads = useApiResource(
    (signal) => listLeads({ status: status || undefined, offer: offer || undefined, search: list.search || undefined, page, pageSize: PAGE_SIZE }, signal),
    [status, offer, list.search, page],
  );
  const offers = useApiResource((signal) => listOffers(tenantId, { limit: 100 }, signal), [tenantId]);
  // A shared link may name the offer by its key (the API takes either); the filter shows its name.
  const chosenOffer = offers.data?.items.find((o) => o.id === offer || o.offerKey === offer);
  const offerName = chosenOffer?.name ?? offer;
  const filtered = Boolean(list.search || status || offer);

  return (
    <>
      <PageHeader
        title="Leads"
        description="Customers who asked to be contacted with Contact me on your marketplace listings. Follow up, track where each stands and keep notes."
      />
      <ListToolbar label="Lead actions" total={leads.data && countOf(leads.data.total, 'lead')}>
        <Button as="a" href={leadsCsvUrl({ status: status || undefined, offer: offer || undefined, search: list.search || undefined })} download icon={<ArrowDownloadRegular />}>
          Download CSV
        </Button>
        <RefreshButton onClick={leads.reload} />
        <ListSearch list={list} label="Search leads" placeholder="Search by name, email or company" />
        <LabelFilter label="Filter by status" allLabel="All statuses" labels={LEAD_STATUS_LABELS} value={status} onChange={(value) => list.setParam({ status: value, offset: '' })} />
        <Dropdown
          className={styles.offerFilter}
          aria-label="Filter by offer"
          value={offer ? offerName : 'All offers'}
          selectedOptions={[chosenOffer?.id ?? offer]}
          onOptionSelect={(_, data) => list.setParam({ offer: data.optionValue ?? '', offset: '' })}
        >
          <Option value="">All offers</Option>
          {(offers.data?.items ?? []).map((o) => (
            <Option key={o.id} value={o.id} text={o.name}>
              {o.name}
            </Option>
          ))}
        </Dropdown>
      </ListToolbar>
      <ListResults
        resource={leads}
        errorTitle="Couldn't load leads"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <MailInboxRegular />,
          title: filtered ? 'No leads match' : 'No leads yet',
          message: filtered
            ? 'Try another name, status or offer.'
            : 'When a customer uses Contact me on one of your published listings, their details and message arrive here.',
        }}
      >
        {(items) => (
          <Table aria-label="Leads" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Received</TableHeaderCell>
                <TableHeaderCell style={{ width: '24%' }}>Contact</TableHeaderCell>
                <TableHeaderCell>Company</TableHeaderCell>
                <TableHeaderCell>Offer</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Delivery</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((lead) => (
                <TableRow key={lead.id}>
                  <TableCell>{formatDateTime(lead.receivedAt)}</TableCell>
                  <TableCell>
                    <RouterLink to={`/partner/leads/${lead.id}${location.search}`}>{lead.name}</RouterLink>
                    <Text block className={styles.muted}>
                      {lead.email}
                    </Text>
                  </TableCell>
                  <TableCell>
                    <Text block>{lead.company}</Text>
                    <Text block className={styles.muted}>
                      {nameOf(lead.country)}
                    </Text>
                  </TableCell>
                  <TableCell>{lead.offer.name}</TableCell>
                  <TableCell>
                    <LeadStatusBadge status={lead.status} />
                  </TableCell>
                  <TableCell>
                    <LeadDeliveryBadge delivery={lead.delivery} />
                    {lead.deliveryNote && (
                      <Text block className={mergeClasses(styles.muted, styles.note)}>
                        {lead.deliveryNote}
                      </Text>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListResults>
      <Outlet context={{ reloadLeads: leads.reload } satisfies LeadsOutletContext} />
    </>
  );
}
