import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
});

/** A titled part of the user drawer (Profile, Admin roles, …). */
export function DrawerSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <div>
        <Text as="h3" size={400} weight="semibold" block className={styles.title}>
          {title}
        </Text>
        {description && <Text size={200} className={styles.description}>{description}</Text>}
      </div>
      {children}
    </section>
  );
}
