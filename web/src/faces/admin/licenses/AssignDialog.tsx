import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { assignLicenses, type AssignmentResult, type Product } from '../../../api/licenses';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { countOf } from '../../../components/formatting';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { PrincipalPicker, type Principal } from './PrincipalPicker';

interface AssignDialogProps {
  product: Product;
  /** Users and groups the product is already assigned to directly. */
  assignedIds: ReadonlySet<string>;
  onClose(): void;
  onAssigned(result: AssignmentResult): void;
}

/** Assigns the product to several users and groups at once, all or nothing. */
export function AssignDialog({ product, assignedIds, onClose, onAssigned }: AssignDialogProps) {
  const session = useSession();
  const { busy, error, submit } = useSubmit();
  const [selected, setSelected] = useState<Principal[]>([]);
  const users = selected.filter((p) => p.kind === 'user');
  const groups = selected.filter((p) => p.kind === 'group');

  const assign = () =>
    submit(async () => {
      const result = await assignLicenses(session.tenant.id, product.planId, { userIds: users.map((u) => u.id), groupIds: groups.map((g) => g.id) });
      onAssigned(result);
    });

  return (
    <FormDialog
      open
      title={`Assign ${product.name}`}
      submitLabel={selected.length ? `Assign to ${selected.length}` : 'Assign'}
      busy={busy}
      error={error}
      errorTitle="Nothing was assigned"
      fields={['userIds', 'groupIds']}
      submitDisabled={selected.length === 0}
      onSubmit={assign}
      onClose={onClose}
    >
      <Text>
        {product.available.toLocaleString()} of {product.purchased.toLocaleString()} licenses are available.
      </Text>
      <PrincipalPicker
        tenantId={session.tenant.id}
        selected={selected}
        onChange={setSelected}
        excludeIds={assignedIds}
        validationMessage={fieldMessage(error, 'userIds') ?? fieldMessage(error, 'groupIds')}
      />
      {groups.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Groups get the license for every member</MessageBarTitle>
            Nested groups included. When there aren't enough licenses, the members beyond the count are marked “not enough licenses” and get a seat as soon as one frees up.
          </MessageBarBody>
        </MessageBar>
      )}
      {users.length > product.available && (
        <MessageBar intent="warning">
          <MessageBarBody>
            You chose {countOf(users.length, 'user')} but only {product.available.toLocaleString()} licenses are available: direct assignments need a free license each.
          </MessageBarBody>
        </MessageBar>
      )}
    </FormDialog>
  );
}
