import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: 'anywhere' },
});

/** Label–value pairs describing one thing, e.g. a tenant's properties. */
/** One row: a label and what it says. */
export type DetailItem = [label: string, value: ReactNode];

export function DetailList({ items }: { items: DetailItem[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.root}>
      {items.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
