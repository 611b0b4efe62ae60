import { Avatar, Button, makeStyles, Menu, MenuDivider, MenuGroup, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from '@fluentui/react-components';
import { AlertRegular, KeyMultipleRegular, ShieldKeyholeRegular, SignOutRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import type { Session } from '../api/auth';
import { useSessionState } from '../session/SessionContext';

const useStyles = makeStyles({
  trigger: { color: tokens.colorNeutralForegroundOnBrand, minWidth: 'auto', ':hover': { color: tokens.colorNeutralForegroundOnBrand } },
  names: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: tokens.lineHeightBase200, marginRight: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  tenant: { fontSize: tokens.fontSizeBase200 },
  who: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  upn: { color: tokens.colorNeutralForeground2 },
  screenReaderOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** The signed-in user, their organization, and the way to their security settings, API tokens and out. */
export function AccountMenu({ session, compact = false }: { session: Session; compact?: boolean }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const { signOut } = useSessionState();
  const { user, tenant } = session;

  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        {/* Its name is the text it shows (WCAG 2.5.3): on phones, where only the picture shows, that text is there for screen readers only. */}
        <Button appearance="transparent" className={styles.trigger} title="Account menu">
          {compact ? (
            <span className={styles.screenReaderOnly}>
              Account menu for {user.displayName}, {tenant.displayName}
            </span>
          ) : (
            <span className={styles.names}>
              <Text size={200} weight="semibold">
                {user.displayName}
              </Text>
              <span className={styles.tenant}>{tenant.displayName}</span>
            </span>
          )}
          <Avatar name={user.displayName} size={32} color="colorful" aria-hidden />
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <div className={styles.who}>
          <Text weight="semibold">{user.displayName}</Text>
          <Text size={200} className={styles.upn}>
            {user.userPrincipalName}
          </Text>
          <Text size={200} className={styles.upn}>
            {tenant.displayName}
          </Text>
        </div>
        <MenuDivider />
        <MenuList>
          <MenuGroup>
            <MenuItem icon={<ShieldKeyholeRegular />} onClick={() => navigate('/account/security')}>
              Security
            </MenuItem>
            <MenuItem icon={<AlertRegular />} onClick={() => navigate('/account/notifications')}>
              Notifications
            </MenuItem>
            <MenuItem icon={<KeyMultipleRegular />} onClick={() => navigate('/account/api-tokens')}>
              API tokens
            </MenuItem>
            <MenuItem
              icon={<SignOutRegular />}
              onClick={async () => {
                await signOut();
                navigate('/signin');
              }}
            >
              Sign out
            </MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
