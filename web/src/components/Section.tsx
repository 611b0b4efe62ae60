import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL },
  title: { margin: 0 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

interface SectionProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled card that groups related content on a page. */
export function Section({ title, actions, children, className }: SectionProps) {
  const styles = useStyles();
  return (
    <Card className={mergeClasses(styles.card, className)} appearance="outline" aria-label={title} role="region">
      <div className={styles.header}>
        <Text as="h2" size={400} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {actions}
      </div>
      {children}
    </Card>
  );
}
