import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DirectoryRole } from '../../../api/users';
import { ROLE_LABELS } from '../../../session/access';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  none: { color: tokens.colorNeutralForeground3 },
});

export function RoleBadges({ roles }: { roles: DirectoryRole[] }) {
  const styles = useStyles();
  if (roles.length === 0) return <Text className={styles.none}>None</Text>;
  return (
    <span className={styles.root}>
      {roles.map((role) => (
        <Badge key={role} appearance="tint" color="brand">
          {ROLE_LABELS[role]}
        </Badge>
      ))}
    </span>
  );
}
