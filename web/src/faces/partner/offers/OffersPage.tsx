import {
  Badge,
  Button,
  Dropdown,
  makeStyles,
  Option,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, BoxRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listOffers, type OfferStatus } from '../../../api/offers';
import { getProgram } from '../../../api/program';
import { useDataTableStyles } from '../../../components/dataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf, formatDate } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { RouterLink } from '../../../components/RouterLink';
import { useApiResource } from '../../../components/useApiResource';
import { useListQuery } from '../../../components/useListQuery';
import { publisherGlobalAdmin } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { CreateOfferDialog } from './CreateOfferDialog';
import { OfferLogo } from './OfferLogo';
import { OFFER_STATUS_LABELS, OfferStatusBadge } from './OfferStatusBadge';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  search: { width: '280px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The publisher's offers: what customers can find, buy and install. */
export function OffersPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const list = useListQuery();
  const status = list.param('status') as OfferStatus | '';
  const creating = list.param('create') === '1';
  const tenantId = session.tenant.id;
  const canWrite = publisherGlobalAdmin.allows(session);
  const offers = useApiResource(
    (signal) => listOffers(tenantId, { search: list.search || undefined, status: status || undefined, limit: PAGE_SIZE, offset: list.offset }, signal),
    [tenantId, list.search, status, list.offset],
  );
  const program = useApiResource((signal) => getProgram(tenantId, signal), [tenantId]);
  const filtered = Boolean(list.search || status);

  return (
    <>
      <PageHeader title="Offers" description="Your apps in the marketplace: their setup, licensing plans, listing, solution packages and publishing." />
      <div className={styles.toolbar} role="toolbar" aria-label="Offer actions">
        {canWrite && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
            Create an offer
          </Button>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={offers.reload}>
          Refresh
        </Button>
        <SearchBox
          className={styles.search}
          aria-label="Search offers"
          placeholder="Search by name or offer ID"
          value={list.searchText}
          onChange={(_, data) => list.setSearchText(data.value)}
        />
        <Dropdown
          aria-label="Filter by status"
          value={status ? OFFER_STATUS_LABELS[status] : 'All statuses'}
          selectedOptions={[status]}
          onOptionSelect={(_, data) => list.setParam({ status: data.optionValue ?? '', offset: '' })}
        >
          <Option value="">All statuses</Option>
          {(Object.keys(OFFER_STATUS_LABELS) as OfferStatus[]).map((value) => (
            <Option key={value} value={value}>
              {OFFER_STATUS_LABELS[value]}
            </Option>
          ))}
        </Dropdown>
        {offers.data && <Text className={styles.total}>{countOf(offers.data.total, 'offer')}</Text>}
      </div>
      <ErrorMessage error={offers.error} title="Couldn't load offers" />
      {!offers.data && offers.loading && <LoadingState />}
      {offers.data?.items.length === 0 && (
        <EmptyState
          icon={<BoxRegular />}
          title={filtered ? 'No offers match' : 'No offers yet'}
          message={filtered ? 'Try another name or status.' : 'Create an offer for each app you sell. You choose its ID, plans and listing, upload its package and publish it.'}
          action={
            canWrite && !filtered ? (
              <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
                Create an offer
              </Button>
            ) : undefined
          }
        />
      )}
      {offers.data && offers.data.items.length > 0 && (
        <>
          <Table aria-label="Offers" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '28%' }}>Offer</TableHeaderCell>
                <TableHeaderCell>Offer ID</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Licensing</TableHeaderCell>
                <TableHeaderCell>Plans</TableHeaderCell>
                <TableHeaderCell>Package</TableHeaderCell>
                <TableHeaderCell>Updated</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {offers.data.items.map((offer) => (
                <TableRow key={offer.offerId}>
                  <TableCell>
                    <TableCellLayout media={<OfferLogo offer={offer} />}>
                      <RouterLink to={`/partner/offers/${offer.offerId}`}>{offer.name}</RouterLink>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell className={styles.mono}>{offer.offerId}</TableCell>
                  <TableCell>
                    <OfferStatusBadge status={offer.status} />
                  </TableCell>
                  <TableCell>
                    <span className={styles.badges}>
                      {offer.licenseManagement ? (
                        <Badge appearance="outline" color="brand">
                          Managed licenses
                        </Badge>
                      ) : (
                        <span className={styles.muted}>Not managed</span>
                      )}
                      {offer.allowInstallWithoutLicenses && (
                        <Badge appearance="outline" color="informative">
                          Freemium
                        </Badge>
                      )}
                    </span>
                  </TableCell>
                  <TableCell>{offer.planCount}</TableCell>
                  <TableCell>{offer.currentPackageVersion ?? <span className={styles.muted}>None</span>}</TableCell>
                  <TableCell>{formatDate(offer.updatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager offset={list.offset} pageSize={PAGE_SIZE} total={offers.data.total} onOffsetChange={list.setOffset} />
        </>
      )}
      {creating && (
        <CreateOfferDialog
          publisherId={program.data?.publisherId ?? null}
          onClose={() => list.setParam({ create: '' })}
          onCreated={(offer) => navigate(`/partner/offers/${offer.offerId}/setup`)}
        />
      )}
    </>
  );
}
