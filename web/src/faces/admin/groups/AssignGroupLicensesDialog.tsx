import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Product } from '../../../api/licenses';
import { FormDialog } from '../../../components/FormDialog';
import { ChangeReport } from '../licenses/ChangeReport';
import { applyLicenseChanges, type ChangeOutcome } from '../licenses/licenseChanges';
import { ProductChoices } from '../licenses/ProductChoices';

interface AssignGroupLicensesDialogProps {
  tenantId: string;
  group: { id: string; displayName: string };
  products: Product[];
  /** Plan IDs already assigned to the group: shown checked and disabled. */
  assigned: string[];
  onClose(): void;
  onDone(): void;
}

/** Picks the products to assign to a group; every member gets a seat while seats last, the rest wait. */
export function AssignGroupLicensesDialog({ tenantId, group, products, assigned, onClose, onDone }: AssignGroupLicensesDialogProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ChangeOutcome[] | null>(null);
  const offered = products.filter((p) => p.state !== 'removed' || assigned.includes(p.planId));
  const locked = Object.fromEntries(assigned.map((planId) => [planId, 'Already assigned to this group']));

  const submit = async () => {
    setBusy(true);
    try {
      setOutcomes(await applyLicenseChanges(tenantId, { groupIds: [group.id] }, products, { add: chosen, remove: [] }));
    } finally {
      setBusy(false);
      onDone();
    }
  };

  return (
    <FormDialog
      open
      title={`Assign licenses to ${group.displayName}`}
      submitLabel="Assign"
      busy={busy}
      error={undefined}
      fields={[]}
      submitDisabled={chosen.length === 0}
      onSubmit={submit}
      onClose={onClose}
      actions={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        ) : undefined
      }
    >
      {outcomes ? (
        <ChangeReport outcomes={outcomes} />
      ) : (
        <>
          <Text>Every member, nested groups included, gets a seat while there are free seats; members beyond them are marked "not enough licenses" and get the next free seat.</Text>
          <ProductChoices label="Products" products={offered} value={chosen} onChange={setChosen} locked={locked} />
        </>
      )}
    </FormDialog>
  );
}
