import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Product } from '../../../api/licenses';

const useStyles = makeStyles({
  root: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  choice: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3, paddingLeft: '32px', overflowWrap: 'anywhere' },
  none: { color: tokens.colorPaletteRedForeground1 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** "2 of 10 available", in words that warn when none is left. */
export const freeSeatsText = (product: Product) =>
  product.available > 0 ? `${product.available.toLocaleString()} of ${product.purchased.toLocaleString()} available` : `None of ${product.purchased.toLocaleString()} available`;

interface ProductChoicesProps {
  label: string;
  products: Product[];
  /** The plan IDs checked. */
  value: string[];
  onChange(value: string[]): void;
  /** Products shown checked and disabled, with why (e.g. "Through group Sales"). */
  locked?: Record<string, string>;
  /** A line under a product, e.g. how the user holds it now. */
  notes?: Record<string, string>;
  disabled?: boolean;
}

/**
 * A check box per product the organization holds, with its free seats, as in the
 * Microsoft 365 admin center's "Licenses and apps".
 */
export function ProductChoices({ label, products, value, onChange, locked = {}, notes = {}, disabled }: ProductChoicesProps) {
  const styles = useStyles();
  const toggle = (planId: string, checked: boolean) => onChange(checked ? [...value, planId] : value.filter((id) => id !== planId));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{label}</legend>
      {products.length === 0 && <Text className={styles.empty}>Your organization holds no licenses yet.</Text>}
      {products.map((product) => {
        const lock = locked[product.planId];
        const checked = lock !== undefined || value.includes(product.planId);
        const detail = [lock ?? notes[product.planId], freeSeatsText(product)].filter(Boolean).join(' · ');
        const detailId = `product-choice-${product.planId}`;
        return (
          <div key={product.planId} className={styles.choice}>
            <Checkbox
              label={product.name}
              checked={checked}
              disabled={disabled || lock !== undefined}
              aria-describedby={detailId}
              onChange={(_, data) => toggle(product.planId, data.checked === true)}
            />
            <Text id={detailId} size={200} className={product.available > 0 || checked ? styles.detail : `${styles.detail} ${styles.none}`}>
              {product.offer.name} · {detail}
            </Text>
          </div>
        );
      })}
    </fieldset>
  );
}
