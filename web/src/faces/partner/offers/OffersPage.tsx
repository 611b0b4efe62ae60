import {
  Badge,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, BoxRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { listOffers } from '../../../api/offers';
import { getProgram } from '../../../api/program';
import { useDataTableStyles } from '../../../components/dataTable';
import { countOf, formatDate } from '../../../components/formatting';
import { LabelFilter, ListResults, ListSearch, ListToolbar, RefreshButton } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
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
  const status = list.choice('status', OFFER_STATUS_LABELS);
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
      <ListToolbar label="Offer actions" total={offers.data && countOf(offers.data.total, 'offer')}>
        {canWrite && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
            Create an offer
          </Button>
        )}
        <RefreshButton onClick={offers.reload} />
        <ListSearch list={list} label="Search offers" placeholder="Search by name or offer ID" />
        <LabelFilter
          label="Filter by status"
          allLabel="All statuses"
          labels={OFFER_STATUS_LABELS}
          value={status}
          onChange={(value) => list.setParam({ status: value, offset: '' })}
        />
      </ListToolbar>
      <ListResults
        resource={offers}
        errorTitle="Couldn't load offers"
        pager={{ offset: list.offset, pageSize: PAGE_SIZE, onOffsetChange: list.setOffset }}
        empty={{
          icon: <BoxRegular />,
          title: filtered ? 'No offers match' : 'No offers yet',
          message: filtered ? 'Try another name or status.' : 'Create an offer for each app you sell. You choose its ID, plans and listing, upload its package and publish it.',
          action:
            canWrite && !filtered ? (
              <Button appearance="primary" icon={<AddRegular />} onClick={() => list.setParam({ create: '1' })}>
                Create an offer
              </Button>
            ) : undefined,
        }}
      >
        {(items) => (
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
              {items.map((offer) => (
                <TableRow key={offer.id}>
                  <TableCell>
                    <TableCellLayout media={<OfferLogo offer={offer} />}>
                      <RouterLink to={`/partner/offers/${offer.offerKey}`}>{offer.name}</RouterLink>
                    </TableCellLayout>
                  </TableCell>
                  <TableCell className={styles.mono}>{offer.offerKey}</TableCell>
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
        )}
      </ListResults>
      {creating && (
        <CreateOfferDialog
          publisherId={program.data?.publisherId ?? null}
          onClose={() => list.setParam({ create: '' })}
          onCreated={(offer) => navigate(`/partner/offers/${offer.offerKey}/setup`)}
        />
      )}
    </>
  );
}
