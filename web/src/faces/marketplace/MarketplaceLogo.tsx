import { makeStyles, tokens } from '@fluentui/react-components';
import { AppsListRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  frame: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
  },
  image: { width: '100%', height: '100%', objectFit: 'contain' },
});

/** An offer's logo on the storefront, or a neutral placeholder when it has none. */
export function MarketplaceLogo({ name, logoUrl, size = 48 }: { name: string; logoUrl: string | null; size?: number }) {
  const styles = useStyles();
  return (
    <span className={styles.frame} style={{ width: size, height: size, fontSize: size * 0.5 }}>
      {logoUrl ? <img className={styles.image} src={logoUrl} alt={`${name} logo`} /> : <AppsListRegular aria-hidden />}
    </span>
  );
}
