import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  // Titles wrap between words, never inside one; a phone gets a smaller size so long words fit.
  title: {
    margin: 0,
    overflowWrap: 'normal',
    wordBreak: 'normal',
    hyphens: 'manual',
    '@media (max-width: 599.98px)': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
  description: { color: tokens.colorNeutralForeground2, maxWidth: '720px' },
});

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Shown above the title, e.g. a breadcrumb back to the list. */
  above?: ReactNode;
}

export function PageHeader({ title, description, above }: PageHeaderProps) {
  const styles = useStyles();
  useEffect(() => {
    document.title = `${title} – LicenseHub`;
  }, [title]);
  return (
    <header className={styles.root}>
      {above}
      <Text as="h1" size={700} weight="semibold" className={styles.title}>
        {title}
      </Text>
      {description && <Text className={styles.description}>{description}</Text>}
    </header>
  );
}
