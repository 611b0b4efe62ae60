import { Button, Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM, minWidth: 0 },
  // On a phone the actions (chart switches, Download CSV) go under the title rather than squeeze it.
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: '1 1 240px' },
  title: { margin: 0 },
  description: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginLeft: 'auto', minWidth: 0 },
});

interface WidgetCardProps {
  title: string;
  description?: ReactNode;
  /** The widget's CSV with the page's range and filters; omit for none. */
  csvUrl?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** One widget of the report: a titled card with its own CSV download. */
export function WidgetCard({ title, description, csvUrl, actions, children, className }: WidgetCardProps) {
  const styles = useStyles();
  return (
    <Card className={mergeClasses(styles.card, className)} appearance="outline" role="region" aria-label={title}>
      <div className={styles.header}>
        <div className={styles.heading}>
          <Text as="h2" size={400} weight="semibold" className={styles.title}>
            {title}
          </Text>
          {description && <Text className={styles.description}>{description}</Text>}
        </div>
        <div className={styles.actions}>
          {actions}
          {csvUrl && <DownloadCsvButton href={csvUrl} what={title} />}
        </div>
      </div>
      {children}
    </Card>
  );
}

/** A link to a CSV: the browser downloads it with the session cookie, as any link. */
export function DownloadCsvButton({ href, what }: { href: string; what: string }) {
  return (
    <Button as="a" href={href} download appearance="subtle" size="small" icon={<ArrowDownloadRegular />} aria-label={`Download CSV: ${what}`}>
      Download CSV
    </Button>
  );
}
