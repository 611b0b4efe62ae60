import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { createGroup, updateGroup, type SecurityGroup } from '../../../api/groups';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

const FIELDS = ['displayName', 'description'] as const;

interface GroupFormDialogProps {
  /** The group to rename or describe; a new group when absent. */
  group?: SecurityGroup;
  onClose(): void;
  onSaved(group: SecurityGroup): void;
}

/** Creates a security group, or changes an existing one's name and description. */
export function GroupFormDialog({ group, onClose, onSaved }: GroupFormDialogProps) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [displayName, setDisplayName] = useState(group?.displayName ?? '');
  const [description, setDescription] = useState(group?.description ?? '');

  const save = () =>
    submit(async () => {
      const fields = { displayName: displayName.trim(), description: description.trim() };
      const saved = group ? await updateGroup(session.tenant.id, group.id, fields) : await createGroup(session.tenant.id, fields);
      notify(group ? 'Group updated' : `${saved.displayName} was created`);
      onSaved(saved);
    });

  return (
    <FormDialog
      open
      title={group ? 'Edit group' : 'Create a security group'}
      submitLabel={group ? 'Save' : 'Create group'}
      busy={busy}
      error={error}
      fields={FIELDS}
      onSubmit={save}
      onClose={onClose}
    >
      <Field label="Group name" required validationMessage={fieldMessage(error, 'displayName')}>
        <Input value={displayName} onChange={(_, data) => setDisplayName(data.value)} autoFocus />
      </Field>
      <Field label="Description" validationMessage={fieldMessage(error, 'description')} hint="What the group is for, so other admins know whom to add.">
        <Textarea value={description} onChange={(_, data) => setDescription(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
