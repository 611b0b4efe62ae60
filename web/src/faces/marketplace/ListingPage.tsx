import { Badge, Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CertificateRegular, InfoRegular, MailRegular, OpenRegular, SearchInfoRegular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactNode } from 'react';
import { PricingBadge } from './PricingBadge';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getListing, listingPath, type MarketplaceListing } from '../../api/marketplace';
import { DetailList } from '../../components/DetailList';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ParentLink } from '../../components/ParentLink';
import { Section } from '../../components/Section';
import { useApiResource } from '../../components/useApiResource';
import { useSessionState } from '../../session/SessionContext';
import { ContactMeDialog } from './ContactMeDialog';
import { GetItNowDialog } from './GetItNowDialog';
import { MarketplaceLogo } from './MarketplaceLogo';
import { useCategoryLabels } from './useCategoryLabels';
import { SIDE_COLUMN_BELOW } from '../../components/pageColumns';

/** The query parameter that reopens Get it now after signing in. */
const GET_IT_NOW = 'getItNow';

const useStyles = makeStyles({
  back: { marginBottom: tokens.spacingVerticalL },
  hero: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
    marginBottom: tokens.spacingVerticalXL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  identity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flex: '1 1 360px', minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  publisher: { color: tokens.colorNeutralForeground2 },
  summary: { maxWidth: '720px', overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: '0 1 320px', minWidth: '240px' },
  action: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', color: tokens.colorNeutralForeground2 },
  hiddenIcon: { fontSize: '16px', flexShrink: 0, color: tokens.colorNeutralForeground3 },
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start', [SIDE_COLUMN_BELOW]: { gridTemplateColumns: 'minmax(0, 1fr)' } },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  description: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400, margin: 0 },
  plans: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 220px), 1fr))', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  plan: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  planName: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  planIcon: { fontSize: '20px', flexShrink: 0, color: tokens.colorBrandForeground1 },
  planDescription: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  pricing: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  pricingText: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  shots: { display: 'flex', gap: tokens.spacingHorizontalM, overflowX: 'auto', listStyleType: 'none', margin: 0, padding: `0 0 ${tokens.spacingVerticalS}`, scrollSnapType: 'x mandatory' },
  // Each screenshot as wide as the box up to 480 px, the others a swipe (or arrow key, once focused) away.
  shot: { flex: '0 0 auto', width: 'min(100%, 480px)', scrollSnapAlign: 'start' },
  figure: { margin: 0 },
  shotImage: { display: 'block', boxSizing: 'border-box', width: '100%', height: 'auto', borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}` },
  shotCaption: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  trial: { color: tokens.colorPaletteGreenForeground2 },
});

/** A listing's own page: what the app is, its plans and publisher, and exactly the buttons the marketplace rules give this visitor. */
export function ListingPage() {
  const { slug = '' } = useParams();
  const { session } = useSessionState();
  const signedInAs = session === undefined ? undefined : (session?.user.id ?? null);
  const listing = useApiResource((signal) => getListing(slug, signal), [slug, signedInAs]);
  const current = listing.data?.slug === slug ? listing.data : undefined;

  if (listing.error?.status === 404) return <OfferNotAvailable />;
  if (!current) return listing.error ? <ErrorMessage error={listing.error} title="Couldn't load this offer" /> : <LoadingState label="Loading the offer…" />;
  return <Listing listing={current} />;
}

function OfferNotAvailable() {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = "This offer isn't available – LicenseHub";
  }, []);
  return (
    <EmptyState
      icon={<SearchInfoRegular />}
      title="This offer isn't available"
      message="The publisher may have stopped offering it, or the link is mistyped. Other apps are waiting in the marketplace."
      action={
        <Button appearance="primary" onClick={() => navigate('/marketplace')}>
          Browse the marketplace
        </Button>
      }
    />
  );
}

/**
 * The listing itself. In a publisher's preview (listing.preview) the buttons are shown as they
 * will be but do nothing, and the address is not the marketplace's.
 */
export function Listing({ listing }: { listing: MarketplaceListing }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const categoryLabel = useCategoryLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const [dialog, setDialog] = useState<'contact' | 'get' | null>(null);
  const { getItNow, contactMe } = listing.buttons;

  useEffect(() => {
    document.title = listing.preview ? `Preview of ${listing.name} – Partner Center – LicenseHub` : `${listing.name} – Marketplace – LicenseHub`;
  }, [listing.name, listing.preview]);

  // Back from signing in for Get it now: carry on where the visitor left.
  useEffect(() => {
    if (listing.preview || !searchParams.has(GET_IT_NOW)) return;
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        next.delete(GET_IT_NOW);
        return next;
      },
      { replace: true },
    );
    if (listing.visitor.signedIn && getItNow.shown) setDialog('get');
  }, [listing.visitor.signedIn, getItNow.shown]);

  const getIt = () => {
    if (getItNow.action === 'signIn' || !listing.visitor.signedIn) {
      navigate(`/signin?next=${encodeURIComponent(`${listingPath(listing.slug)}?${GET_IT_NOW}=1`)}`);
      return;
    }
    setDialog('get');
  };

  const details: [string, ReactNode][] = [
    ['Publisher', listing.publisher.name],
    ['Version', listing.version ?? <span className={styles.muted}>Not published</span>],
    ['Categories', listing.categories.length ? listing.categories.map(categoryLabel).join(', ') : <span className={styles.muted}>None</span>],
    [
      'Licensing',
      !listing.licenseManagement
        ? 'Licenses are not managed on this platform'
        : listing.allowInstallWithoutLicense
          ? 'Free to install; licenses unlock the paid apps'
          : 'Needs licenses from the publisher',
    ],
    [
      'Support',
      listing.supportUrl ? (
        <Link href={listing.supportUrl} target="_blank" rel="noopener noreferrer">
          Support <OpenRegular aria-hidden />
        </Link>
      ) : (
        <span className={styles.muted}>Not provided</span>
      ),
    ],
    [
      'Privacy',
      listing.privacyUrl ? (
        <Link href={listing.privacyUrl} target="_blank" rel="noopener noreferrer">
          Privacy policy <OpenRegular aria-hidden />
        </Link>
      ) : (
        <span className={styles.muted}>Not provided</span>
      ),
    ],
  ];

  return (
    <>
      {!listing.preview && (
        <div className={styles.back}>
          <ParentLink to="/marketplace">Marketplace</ParentLink>
        </div>
      )}
      <header className={styles.hero}>
        <MarketplaceLogo name={listing.name} logoUrl={listing.logoUrl} size={96} />
        <div className={styles.identity}>
          <Text as="h1" size={800} weight="semibold" className={styles.title}>
            {listing.name}
          </Text>
          <Text className={styles.publisher}>by {listing.publisher.name}</Text>
          <Text size={400} className={styles.summary}>
            {listing.summary}
          </Text>
          {(listing.pricingText || listing.badge) && (
            <div className={styles.pricing} aria-label="Pricing" role="group">
              {listing.pricingText && <Text className={styles.pricingText}>{listing.pricingText}</Text>}
              <PricingBadge badge={listing.badge} />
            </div>
          )}
          {listing.categories.length > 0 && (
            <div className={styles.badges} aria-label="Categories">
              {listing.categories.map((category) => (
                <Badge key={category} appearance="tint" color="informative" shape="rounded">
                  {categoryLabel(category)}
                </Badge>
              ))}
            </div>
          )}
        </div>
        <div className={styles.actions} role="group" aria-label="Get this app">
          {getItNow.shown && (
            <div className={styles.action}>
              <Button appearance="primary" size="large" icon={<ArrowDownloadRegular />} onClick={getIt} disabledFocusable={listing.preview}>
                Get it now
              </Button>
              <Caption1 className={styles.reason}>{getItNow.reason}</Caption1>
            </div>
          )}
          {contactMe.shown && (
            <div className={styles.action}>
              <Button
                appearance={getItNow.shown ? 'secondary' : 'primary'}
                size="large"
                icon={<MailRegular />}
                onClick={() => setDialog('contact')}
                disabledFocusable={listing.preview}
              >
                Contact me
              </Button>
              <Caption1 className={styles.reason}>{contactMe.reason}</Caption1>
            </div>
          )}
          {!getItNow.shown && (
            <Caption1 className={styles.hidden}>
              <InfoRegular aria-hidden className={styles.hiddenIcon} />
              <span>{getItNow.reason}</span>
            </Caption1>
          )}
        </div>
      </header>

      <div className={styles.layout}>
        <div className={styles.stack}>
          <Section title="Overview">
            <Text as="p" className={styles.description}>
              {listing.description || listing.summary}
            </Text>
          </Section>
          {listing.screenshots.length > 0 && (
            <Section title="Screenshots">
              {/* It scrolls sideways, so keyboard users must be able to focus it (WCAG 2.1.1). */}
              <ul className={styles.shots} aria-label="Screenshots" tabIndex={0}>
                {listing.screenshots.map((shot) => (
                  <li key={shot.id} className={styles.shot}>
                    <figure className={styles.figure}>
                      <img className={styles.shotImage} src={shot.url} alt={shot.altText} width={shot.width} height={shot.height} loading="lazy" />
                      <Caption1 as="p" className={styles.shotCaption} aria-hidden>
                        {shot.altText}
                      </Caption1>
                    </figure>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title="Plans">
            {listing.plans.length === 0 ? (
              <Text className={styles.muted}>This app has no licensing plans.</Text>
            ) : (
              <ul className={styles.plans} aria-label="Plans">
                {listing.plans.map((plan) => (
                  <li key={plan.id} className={styles.plan}>
                    <span className={styles.planName}>
                      <CertificateRegular aria-hidden className={styles.planIcon} />
                      <Text weight="semibold">{plan.name}</Text>
                    </span>
                    {plan.description && <Text size={200} className={styles.planDescription}>{plan.description}</Text>}
                    {plan.trialDays !== null && (
                      <Text size={200} weight="semibold" className={styles.trial}>
                        {plan.trialDays}-day free trial
                      </Text>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <Section title="Details">
          <DetailList items={details} />
        </Section>
      </div>

      {dialog === 'contact' && <ContactMeDialog listing={listing} onClose={() => setDialog(null)} />}
      {dialog === 'get' && <GetItNowDialog listing={listing} onClose={() => setDialog(null)} />}
    </>
  );
}
