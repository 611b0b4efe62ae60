import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, DeleteRegular, EditRegular, PersonAddRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { deleteGroup, getGroup, listGroupMembers, removeGroupMember, type GroupMember } from '../../../api/groups';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { countOf } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { ParentLink } from '../../../components/ParentLink';
import { RouterLink } from '../../../components/RouterLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { directoryWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { AddMemberDialog } from './AddMemberDialog';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupMembersTable } from './GroupMembersTable';
import { GroupLicensesSection } from './GroupLicensesSection';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  memberOf: { marginTop: tokens.spacingVerticalL },
  parents: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type OpenDialog = { kind: 'add' } | { kind: 'edit' } | { kind: 'delete' } | { kind: 'remove'; member: GroupMember } | null;

/** One security group: its name, its members, and adding or removing them. */
export function GroupDetailPage() {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const { groupId = '' } = useParams();
  const tenantId = session.tenant.id;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const group = useApiResource((signal) => getGroup(tenantId, groupId, signal), [tenantId, groupId]);
  const members = useApiResource((signal) => listGroupMembers(tenantId, groupId, signal), [tenantId, groupId]);
  const canWrite = directoryWriter.allows(session);
  const closeDialog = () => setDialog(null);
  const reload = () => {
    group.reload();
    members.reload();
  };

  const current = group.data?.id === groupId ? group.data : undefined;
  if (!current) return group.error ? <ErrorMessage error={group.error} title="Couldn't load this group" /> : <LoadingState />;
  const memberItems = members.data?.items ?? [];

  return (
    <>
      <PageHeader above={<ParentLink to="/admin/groups">Groups</ParentLink>} title={current.displayName} description={current.description || undefined} />
      <div className={styles.toolbar} role="toolbar" aria-label="Group actions">
        {canWrite && (
          <>
            <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => setDialog({ kind: 'add' })}>
              Add members
            </Button>
            <Button icon={<EditRegular />} onClick={() => setDialog({ kind: 'edit' })}>
              Edit
            </Button>
            <Button icon={<DeleteRegular />} onClick={() => setDialog({ kind: 'delete' })}>
              Delete group
            </Button>
          </>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={reload}>
          Refresh
        </Button>
      </div>
      <Section title={`Members (${memberItems.length})`}>
        <ErrorMessage error={members.error} title="Couldn't load the members" />
        {!members.data && members.loading && <LoadingState />}
        {members.data && memberItems.length === 0 && (
          <EmptyState icon={<PeopleTeamRegular />} title="No members yet" message="Add users, or other groups whose members should belong here too." />
        )}
        {memberItems.length > 0 && (
          <GroupMembersTable members={memberItems} onRemove={canWrite ? (member) => setDialog({ kind: 'remove', member }) : undefined} />
        )}
      </Section>

      <Section title="Member of" className={styles.memberOf}>
        {current.memberOf.length === 0 ? (
          <Text className={styles.muted}>This group is not a member of another group.</Text>
        ) : (
          <ul className={styles.parents} aria-label="Groups this group is a member of">
            {current.memberOf.map((parent) => (
              <li key={parent.id}>
                <RouterLink to={`/admin/groups/${parent.id}`}>{parent.displayName}</RouterLink>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <GroupLicensesSection key={current.id} tenantId={tenantId} group={current} />

      {dialog?.kind === 'add' && (
        <AddMemberDialog
          group={current}
          memberIds={new Set(memberItems.map((member) => member.id))}
          onClose={closeDialog}
          onAdded={() => {
            closeDialog();
            reload();
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <GroupFormDialog
          group={current}
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            group.reload();
          }}
        />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={`Delete ${current.displayName}?`}
        confirmLabel="Delete group"
        onClose={closeDialog}
        onConfirm={async () => {
          await deleteGroup(tenantId, current.id);
          notify(`${current.displayName} was deleted`);
          navigate('/admin/groups');
        }}
      >
        Its {countOf(memberItems.length, 'member')} stay in the directory; only the group goes away. This can't be undone.
      </ConfirmDialog>
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          open
          title={`Remove ${dialog.member.displayName}?`}
          confirmLabel="Remove"
          onClose={closeDialog}
          onConfirm={async () => {
            await removeGroupMember(tenantId, current.id, dialog.member.id);
            notify(`${dialog.member.displayName} was removed from ${current.displayName}`);
            reload();
          }}
        >
          {dialog.member.displayName} stays in the directory but is no longer a member of {current.displayName}.
        </ConfirmDialog>
      )}
    </>
  );
}
