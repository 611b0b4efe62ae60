import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowTrendingDownRegular, ArrowTrendingRegular, SubtractRegular } from '@fluentui/react-icons';
import type { Trend } from '../../../api/reports';
import { formatTrend } from './reportView';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  icon: { fontSize: '16px', display: 'flex' },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  flat: { color: tokens.colorNeutralForeground3 },
  versus: { color: tokens.colorNeutralForeground3 },
});

/** Month over month: an arrow and the change in percent, e.g. "↗ +12.5% vs Oct 2026". */
export function TrendIndicator({ trend, versus }: { trend: Trend; versus: string }) {
  const styles = useStyles();
  const change = trend.trend;
  if (change === null) {
    return (
      <span className={styles.root}>
        <Text className={styles.flat} size={200}>
          {trend.current > 0 ? `New since ${versus}` : `None in ${versus} either`}
        </Text>
      </span>
    );
  }
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const Icon = direction === 'up' ? ArrowTrendingRegular : direction === 'down' ? ArrowTrendingDownRegular : SubtractRegular;
  return (
    <span className={styles.root} title={`${trend.previous.toLocaleString()} at the end of ${versus}`}>
      <span className={mergeClasses(styles.icon, styles[direction])} aria-hidden>
        <Icon />
      </span>
      <Text size={200} weight="semibold" className={styles[direction]}>
        {formatTrend(change)}
      </Text>
      <Text size={200} className={styles.versus}>
        vs {versus}
      </Text>
    </span>
  );
}
