import { Card, makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  title: { width: '40%', maxWidth: '240px' },
  big: { width: '96px', height: '40px' },
  line: { width: '60%' },
  block: { height: '240px' },
  row: { height: '20px' },
});

/** The report's layout in grey while the first answer is on its way. */
export function ReportSkeleton({ layoutClass, topRowClass }: { layoutClass: string; topRowClass: string }) {
  const styles = useStyles();
  return (
    <div className={layoutClass} aria-busy="true" aria-label="Loading the report">
      <div className={topRowClass}>
        <Card className={styles.card} appearance="outline">
          <Skeleton aria-label="Loading customers">
            <SkeletonItem className={styles.title} />
            <SkeletonItem className={styles.big} style={{ marginTop: 16 }} />
            <SkeletonItem className={styles.line} style={{ marginTop: 12 }} />
            <SkeletonItem className={styles.block} style={{ marginTop: 16, height: 120 }} />
          </Skeleton>
        </Card>
        <Card className={styles.card} appearance="outline">
          <Skeleton aria-label="Loading the chart">
            <SkeletonItem className={styles.title} />
            <SkeletonItem className={styles.big} style={{ marginTop: 16 }} />
            <SkeletonItem className={styles.block} style={{ marginTop: 16 }} />
          </Skeleton>
        </Card>
      </div>
      {[0, 1].map((card) => (
        <Card key={card} className={styles.card} appearance="outline">
          <Skeleton aria-label="Loading a table">
            <SkeletonItem className={styles.title} />
            {[0, 1, 2, 3].map((row) => (
              <SkeletonItem key={row} className={styles.row} style={{ marginTop: 12 }} />
            ))}
          </Skeleton>
        </Card>
      ))}
    </div>
  );
}
