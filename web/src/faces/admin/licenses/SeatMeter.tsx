import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '140px' },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Assigned out of purchased, as a bar: full is fine, red when users are waiting for a seat. */
export function SeatMeter({ assigned, purchased, waiting }: { assigned: number; purchased: number; waiting: number }) {
  const styles = useStyles();
  const fraction = purchased > 0 ? Math.min(assigned / purchased, 1) : 0;
  return (
    <div className={styles.root}>
      <ProgressBar value={fraction} thickness="large" color={waiting > 0 ? 'error' : fraction >= 1 ? 'warning' : 'brand'} aria-label={`${assigned} of ${purchased} assigned`} />
      <Text className={styles.label}>
        {assigned.toLocaleString()} of {purchased.toLocaleString()} assigned
      </Text>
    </div>
  );
}
