import { useState } from 'react';
import { addGroupMember, type SecurityGroup } from '../../../api/groups';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { MemberPicker, type MemberCandidate } from './MemberPicker';

interface AddMemberDialogProps {
  group: SecurityGroup;
  memberIds: ReadonlySet<string>;
  onClose(): void;
  onAdded(): void;
}

/** Adds a user or a nested group; says clearly when nesting would make a loop. */
export function AddMemberDialog({ group, memberIds, onClose, onAdded }: AddMemberDialogProps) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit, reset } = useSubmit();
  const [candidate, setCandidate] = useState<MemberCandidate>();
  const excludeIds = new Set([...memberIds, group.id]);

  const add = () =>
    submit(async () => {
      if (!candidate) return;
      await addGroupMember(session.tenant.id, group.id, candidate.type, candidate.id);
      notify(`${candidate.displayName} was added to ${group.displayName}`);
      onAdded();
    });

  return (
    <FormDialog
      open
      title={`Add members to ${group.displayName}`}
      submitLabel="Add"
      busy={busy}
      error={error}
      errorTitle={`Couldn't add ${candidate?.displayName ?? 'the member'}`}
      fields={['memberId']}
      submitDisabled={!candidate}
      onSubmit={add}
      onClose={onClose}
    >
      <MemberPicker tenantId={session.tenant.id} excludeIds={excludeIds} onSelect={(chosen) => {
          setCandidate(chosen);
          reset();
        }} validationMessage={fieldMessage(error, 'memberId')} />
    </FormDialog>
  );
}
