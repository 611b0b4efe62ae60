import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Link } from 'react-router-dom';
import { listingPath, type MarketplaceOfferCard } from '../../api/marketplace';
import { MarketplaceLogo } from './MarketplaceLogo';
import { PricingBadge } from './PricingBadge';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    height: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    gap: tokens.spacingVerticalM,
    ':hover': { boxShadow: tokens.shadow8 },
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  names: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: {
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    textDecoration: 'none',
    overflowWrap: 'anywhere',
    outline: 'none',
    // The whole card is the link's target.
    '::after': { content: '""', position: 'absolute', inset: 0, borderRadius: tokens.borderRadiusMedium },
    ':hover': { textDecoration: 'underline' },
  },
  publisher: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  summary: {
    color: tokens.colorNeutralForeground2,
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  categories: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: 'auto' },
  pricing: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  pricingText: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** One offer in the storefront grid: logo, name, publisher, summary and categories; opens its listing page. */
export function OfferCard({ offer, categoryLabel }: { offer: MarketplaceOfferCard; categoryLabel(id: string): string }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} appearance="outline" role="article" aria-label={offer.name}>
      <div className={styles.header}>
        <MarketplaceLogo name={offer.name} logoUrl={offer.logoUrl} size={48} />
        <div className={styles.names}>
          <Link to={listingPath(offer.slug)} className={styles.name}>
            {offer.name}
          </Link>
          <Text size={200} className={styles.publisher}>
            by {offer.publisher.name}
          </Text>
        </div>
      </div>
      <Text className={styles.summary}>{offer.summary}</Text>
      {(offer.pricingText || offer.badge) && (
        <div className={styles.pricing}>
          {offer.pricingText && (
            <Text size={200} className={styles.pricingText}>
              {offer.pricingText}
            </Text>
          )}
          <PricingBadge badge={offer.badge} />
        </div>
      )}
      {offer.categories.length > 0 && (
        <div className={styles.categories}>
          {offer.categories.map((category) => (
            <Badge key={category} appearance="tint" color="informative" shape="rounded">
              {categoryLabel(category)}
            </Badge>
          ))}
        </div>
      )}
    </Card>
  );
}
