import {
  Avatar,
  Button,
  Divider,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation, useNavigate, useOutletContext, useParams } from 'react-router-dom';
import { deleteUser, getUser } from '../../../api/users';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { useApiResource } from '../../../components/useApiResource';
import { directoryWriter, mayManageUser } from '../../../session/access';
import { UserMfaSection } from './UserMfaSection';
import { useSession } from '../../../session/SessionContext';
import { UserGroupsSection } from './UserGroupsSection';
import { UserLicensesSection } from './UserLicensesSection';
import { UserPasswordReset } from './UserPasswordReset';
import { UserProfileForm } from './UserProfileForm';
import { UserRolesSection } from './UserRolesSection';
import { SignInStatus } from './SignInStatus';
import { SOURCE_LABELS } from './UsersTable';
import type { UsersOutletContext } from './UsersPage';

const useStyles = makeStyles({
  identity: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  names: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  upn: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, paddingBottom: tokens.spacingVerticalXL },
  /** Fluent's Divider grows to fill free space; between sections it should stay a line. */
  divider: { flexGrow: 0 },
});

/** One user's details and everything an admin can change about them, beside the Users list. */
export function UserDetailDrawer() {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const location = useLocation();
  const { userId = '' } = useParams();
  const { reloadUsers } = useOutletContext<UsersOutletContext>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const user = useApiResource((signal) => getUser(session.tenant.id, userId, signal), [session.tenant.id, userId]);
  const isSelf = userId === session.user.id;

  const close = () => navigate(`/admin/users${location.search}`);
  const changed = () => {
    user.reload();
    reloadUsers();
  };
  const current = user.data?.id === userId ? user.data : undefined;
  // Entra ID's rule: a User admin manages people without admin roles; only a Global admin acts on admins.
  const canWrite = current ? mayManageUser(session, current) : directoryWriter.allows(session);

  return (
    <OverlayDrawer open position="end" size="medium" onOpenChange={(_, data) => !data.open && close()} aria-label="User details">
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={close} />}>
          {current ? (
            <span className={styles.identity}>
              <Avatar name={current.displayName} size={48} color="colorful" />
              <span className={styles.names}>
                <Text size={500} weight="semibold">
                  {current.displayName}
                </Text>
                <Text size={200} className={styles.upn}>
                  {current.userPrincipalName}
                </Text>
                <span>
                  <SignInStatus enabled={current.enabled} /> <Text size={200}>Source: {SOURCE_LABELS[current.source] ?? current.source}</Text>
                </span>
              </span>
            </span>
          ) : (
            'User details'
          )}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <ErrorMessage error={user.error} title="Couldn't load this user" />
        {!current && !user.error && <LoadingState />}
        {current && (
          <>
            <UserProfileForm key={current.updatedAt} user={current} readOnly={!canWrite} onSaved={changed} />
            <Divider className={styles.divider} />
            <UserRolesSection key={current.roles.join()} user={current} onSaved={changed} />
            <Divider className={styles.divider} />
            <UserGroupsSection groups={current.groups} />
            <Divider className={styles.divider} />
            <UserLicensesSection key={current.id} tenantId={session.tenant.id} userId={current.id} onChanged={reloadUsers} />
            {canWrite && (
              <>
                <Divider className={styles.divider} />
                <UserPasswordReset user={current} />
                <Divider className={styles.divider} />
                <UserMfaSection user={current} onReset={changed} />
              </>
            )}
          </>
        )}
      </DrawerBody>
      {current && canWrite && (
        <DrawerFooter>
          <Button icon={<DeleteRegular />} disabled={isSelf} onClick={() => setConfirmingDelete(true)}>
            {isSelf ? "You can't delete yourself" : 'Delete user'}
          </Button>
        </DrawerFooter>
      )}
      {current && (
        <ConfirmDialog
          open={confirmingDelete}
          title={`Delete ${current.displayName}?`}
          confirmLabel="Delete"
          onClose={() => setConfirmingDelete(false)}
          onConfirm={async () => {
            await deleteUser(session.tenant.id, current.id);
            notify(`${current.displayName} was deleted`);
            reloadUsers();
            close();
          }}
        >
          {current.userPrincipalName} will no longer be able to sign in, and is removed from all groups. This can't be undone.
        </ConfirmDialog>
      )}
    </OverlayDrawer>
  );
}
