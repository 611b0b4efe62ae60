import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import type { DirectoryUserWithGroups } from '../../../api/users';
import { DrawerSection } from './DrawerSection';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  link: { color: tokens.colorBrandForegroundLink },
  none: { color: tokens.colorNeutralForeground3 },
});

/** The groups a user is a direct member of. */
export function UserGroupsSection({ groups }: { groups: DirectoryUserWithGroups['groups'] }) {
  const styles = useStyles();
  return (
    <DrawerSection title="Groups">
      {groups.length === 0 ? (
        <Text className={styles.none}>Not a member of any group.</Text>
      ) : (
        <ul className={styles.list} aria-label="Member of">
          {groups.map((group) => (
            <li key={group.id} className={styles.item}>
              <PeopleTeamRegular aria-hidden />
              <Link to={`/admin/groups/${group.id}`} className={styles.link}>
                {group.displayName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DrawerSection>
  );
}
