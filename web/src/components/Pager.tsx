import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalM },
  range: { color: tokens.colorNeutralForeground2 },
});

interface PagerProps {
  offset: number;
  pageSize: number;
  total: number;
  onOffsetChange(offset: number): void;
}

export function Pager({ offset, pageSize, total, onOffsetChange }: PagerProps) {
  const styles = useStyles();
  if (total === 0) return null;
  const last = Math.min(offset + pageSize, total);
  return (
    <nav className={styles.root} aria-label="Pages">
      <Text className={styles.range}>
        {(offset + 1).toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
      </Text>
      <Button
        appearance="subtle"
        icon={<ChevronLeftRegular />}
        aria-label="Previous page"
        disabled={offset === 0}
        onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
      />
      <Button appearance="subtle" icon={<ChevronRightRegular />} aria-label="Next page" disabled={last >= total} onClick={() => onOffsetChange(offset + pageSize)} />
    </nav>
  );
}
