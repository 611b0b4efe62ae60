import { Avatar, Button, makeStyles, Menu, MenuDivider, MenuGroup, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from '@fluentui/react-components';
import { AlertRegular, KeyMultipleRegular, ShieldKeyholeRegular, SignOutRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import type { Session } from '../api/auth';
import { useSessionState } from '../session/SessionContext';

const useStyles = makeStyles({
  trigger: { color: tokens.colorNeutralForegroundOnBrand, minWidth: 'auto', ':hover': { color: tokens.colorNeutralForegroundOnBrand } },
  names: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: tokens.lineHeightBase200, marginRight: tokens.spacingHorizontalS },
  tenant: { fontSize: tokens.fontSizeBase100, opacity: 0.85 },
  who: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  upn: { color: tokens.colorNeutralForeground2 },
});

/** The signed-in user, their organization, and the way to their security settings, API tokens and out. */
export function AccountMenu({ session }: { session: Session }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const { signOut } = useSessionState();
  const { user, tenant } = session;

  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" className={styles.trigger} aria-label={`Account menu for ${user.displayName}`}>
          <span className={styles.names}>
            <Text size={200} weight="semibold">
              {user.displayName}
            </Text>
            <span className={styles.tenant}>{tenant.displayName}</span>
          </span>
          <Avatar name={user.displayName} size={32} color="colorful" />
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
