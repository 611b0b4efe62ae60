import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Box20Regular, DataBarVertical20Regular, PeopleLink20Regular, PersonMail20Regular } from '@fluentui/react-icons';
import { listDeals } from '../../api/deals';
import { listLeads } from '../../api/leads';
import { listOffers, type OfferStatus } from '../../api/offers';
import { listPartnerRelationships } from '../../api/relationships';
import { getLicenseSummary } from '../../api/reports';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RouterLink } from '../../components/RouterLink';
import { Section } from '../../components/Section';
import { useApiResource } from '../../components/useApiResource';
import { publisherReader } from '../../session/access';
import { useSession } from '../../session/SessionContext';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(150px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  count: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalL },
  countValue: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
  countLabel: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const OFFER_STATES: Record<OfferStatus, { label: string; color: 'success' | 'informative' | 'warning' }> = {
  draft: { label: 'Draft', color: 'informative' },
  published: { label: 'Live', color: 'success' },
  stop_sold: { label: 'Not for sale', color: 'warning' },
};

/** Deals whose licenses end within this many days are listed as expiring. */
const EXPIRING_DAYS = 60;

/** Partner Center at a glance: offers and their state, customers, deals running out, new leads and licenses this month. */
export function PartnerHomePage() {
  const styles = useStyles();
  const session = useSession();
  const tenantId = session.tenant.id;
  const reader = publisherReader.allows(session);
  const offers = useApiResource((signal) => listOffers(tenantId, { limit: 50 }, signal), [tenantId]);
  const leads = useApiResource((signal) => listLeads({ status: 'new', pageSize: 5 }, signal), []);
  const customers = useApiResource(
    (signal) => (reader ? listPartnerRelationships(tenantId, { status: 'accepted', limit: 1 }, signal) : Promise.resolve(undefined)),
    [tenantId, reader],
  );
  const deals = useApiResource((signal) => (reader ? listDeals(tenantId, { status: 'registered', limit: 100 }, signal) : Promise.resolve(undefined)), [tenantId, reader]);
  // The summary, not the report: the home page needs two numbers, not the series and breakdowns.
  const licenses = useApiResource((signal) => (reader ? getLicenseSummary(tenantId, signal) : Promise.resolve(undefined)), [tenantId, reader]);

  const soon = Date.now() + EXPIRING_DAYS * 86_400_000;
  const expiring = (deals.data?.items ?? [])
    .filter((deal) => deal.state === 'warning' || (deal.state === 'active' && deal.endDate !== null && new Date(deal.endDate).getTime() <= soon))
    .sort((a, b) => (a.endDate ?? '').localeCompare(b.endDate ?? ''));

  return (
    <>
      <PageHeader title={session.tenant.displayName} description="Your offers, customers, deals and leads at a glance." />
      <div className={styles.counts}>
        <Card className={styles.count} aria-label="Offers">
          <span className={styles.countLabel}>
            <Box20Regular aria-hidden /> Offers
          </span>
          <span className={styles.countValue}>{offers.data ? offers.data.total.toLocaleString() : '…'}</span>
          <RouterLink to="/partner/offers">Manage offers</RouterLink>
        </Card>
        {reader && (
          <Card className={styles.count} aria-label="Customers">
            <span className={styles.countLabel}>
              <PeopleLink20Regular aria-hidden /> Customers
            </span>
            <span className={styles.countValue}>{customers.data ? customers.data.total.toLocaleString() : '…'}</span>
            <RouterLink to="/partner/customers">See customers</RouterLink>
          </Card>
        )}
        <Card className={styles.count} aria-label="New leads">
          <span className={styles.countLabel}>
            <PersonMail20Regular aria-hidden /> New leads
          </span>
          <span className={styles.countValue}>{leads.data ? leads.data.total.toLocaleString() : '…'}</span>
          <RouterLink to="/partner/leads">Open the leads inbox</RouterLink>
        </Card>
        {reader && (
          <Card className={styles.count} aria-label="Licenses this month">
            <span className={styles.countLabel}>
              <DataBarVertical20Regular aria-hidden /> Licenses assigned
            </span>
            <span className={styles.countValue}>
              {licenses.data ? `${licenses.data.assigned.toLocaleString()} of ${licenses.data.provisioned.toLocaleString()}` : '…'}
            </span>
            <RouterLink to="/partner/reports">See reports</RouterLink>
          </Card>
        )}
      </div>
      <div className={styles.grid}>
        <Section title="Your offers">
          {offers.error && <ErrorMessage error={offers.error} title="Couldn't load your offers" />}
          {!offers.data && !offers.error && <LoadingState />}
          {offers.data?.items.length === 0 && <Text className={styles.muted}>No offers yet. Create one to list your app in the marketplace.</Text>}
          {offers.data && offers.data.items.length > 0 && (
            <ul className={styles.list} aria-label="Offers and their state">
              {offers.data.items.map((offer) => (
                <li key={offer.id} className={styles.row}>
                  <RouterLink to={`/partner/offers/${encodeURIComponent(offer.offerKey)}`}>{offer.name}</RouterLink>
                  <Badge appearance="tint" color={OFFER_STATES[offer.status].color}>
                    {OFFER_STATES[offer.status].label}
                    {offer.hasUnpublishedPackage ? ' · new package not published' : ''}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </Section>
        {reader && (
          <Section title="Deals ending soon">
            {deals.error && <ErrorMessage error={deals.error} title="Couldn't load your deals" />}
            {!deals.data && !deals.error && <LoadingState />}
            {deals.data && expiring.length === 0 && <Text className={styles.muted}>No deal ends in the next {EXPIRING_DAYS} days.</Text>}
            {expiring.length > 0 && (
              <ul className={styles.list} aria-label="Deals ending soon">
                {expiring.map((deal) => (
                  <li key={deal.id} className={styles.row}>
                    <RouterLink to={`/partner/deals/${deal.id}`}>
                      {deal.customer.companyName} · {deal.offer.name}
                    </RouterLink>
                    <Text className={styles.muted}>
                      {deal.state === 'warning' ? 'Ended, in its grace period' : deal.endDate ? `Ends ${formatDate(deal.endDate)}` : 'No end date'}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        )}
        <Section title="Newest leads">
          {leads.error && <ErrorMessage error={leads.error} title="Couldn't load your leads" />}
          {leads.data?.items.length === 0 && <Text className={styles.muted}>No new leads. They arrive when someone presses Contact me on one of your listings.</Text>}
          {leads.data && leads.data.items.length > 0 && (
            <ul className={styles.list} aria-label="Newest leads">
              {leads.data.items.map((lead) => (
                <li key={lead.id} className={styles.row}>
                  <RouterLink to={`/partner/leads/${lead.id}`}>
                    {lead.name}, {lead.company}
                  </RouterLink>
                  <Text className={styles.muted}>
                    {lead.offer.name} · {formatDate(lead.receivedAt)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
