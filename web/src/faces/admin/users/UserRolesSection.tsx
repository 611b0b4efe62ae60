import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { setUserRoles, type DirectoryRole, type DirectoryUser } from '../../../api/users';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { globalAdmin } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { DrawerSection } from './DrawerSection';
import { RoleBadges } from './RoleBadges';
import { RoleCheckboxes } from './RoleCheckboxes';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS } });

/** A user's admin roles; only Global admins may change them. */
export function UserRolesSection({ user, onSaved }: { user: DirectoryUser; onSaved(): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [roles, setRoles] = useState<DirectoryRole[]>(user.roles);
  const canChange = globalAdmin.allows(session);
  const dirty = roles.join() !== user.roles.join();

  if (!canChange) {
    return (
      <DrawerSection title="Admin roles" description="Only Global admins can change admin roles.">
        <RoleBadges roles={user.roles} />
      </DrawerSection>
    );
  }

  const save = async () => {
    if (await submit(() => setUserRoles(session.tenant.id, user.id, roles))) {
      notify('Admin roles updated');
      onSaved();
    }
  };

  return (
    <DrawerSection title="Admin roles" description="Admins manage parts of your organization in the Admin Center.">
      <ErrorMessage error={error} fields={['roles']} title="Couldn't change the roles" />
      <RoleCheckboxes label="Roles this user has" value={roles} onChange={setRoles} validationMessage={fieldMessage(error, 'roles')} />
      <div className={styles.actions}>
        <Button onClick={save} disabled={!dirty || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          Save roles
        </Button>
      </div>
    </DrawerSection>
  );
}
