import { makeStyles, tokens } from '@fluentui/react-components';
import { BoxRegular } from '@fluentui/react-icons';
import type { Offer } from '../../../api/offers';

const useStyles = makeStyles({
  frame: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
  },
  image: { width: '100%', height: '100%', objectFit: 'contain' },
});

/** The offer's logo, or a placeholder box while it has none. */
export function OfferLogo({ offer, size = 32 }: { offer: Pick<Offer, 'logo' | 'name'>; size?: number }) {
  const styles = useStyles();
  return (
    <span className={styles.frame} style={{ width: size, height: size, fontSize: size * 0.55 }}>
      {offer.logo ? <img className={styles.image} src={offer.logo.url} alt={`${offer.name} logo`} /> : <BoxRegular aria-hidden />}
    </span>
  );
}
