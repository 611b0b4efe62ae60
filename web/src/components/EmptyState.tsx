import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
  },
  icon: { fontSize: '48px', color: tokens.colorBrandForeground2, display: 'flex' },
  title: { margin: 0 },
  message: { color: tokens.colorNeutralForeground2, maxWidth: '480px' },
});

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  message?: ReactNode;
  action?: ReactNode;
}

/** What a list shows when it has nothing in it, saying why and what to do next. */
export function EmptyState({ icon, title, message, action }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <span className={styles.icon} aria-hidden>
        {icon}
      </span>
      <Text as="h2" size={500} weight="semibold" className={styles.title}>
        {title}
      </Text>
      {message && (
        <Text align="center" className={styles.message}>
          {message}
        </Text>
      )}
      {action}
    </div>
  );
}
