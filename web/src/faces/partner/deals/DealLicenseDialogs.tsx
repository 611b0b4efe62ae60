import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { addDealLicenses, changeDealLicenses, type Deal, type DealLicense, type Provisioning } from '../../../api/deals';
import type { Plan } from '../../../api/plans';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

interface AddProps {
  deal: Deal;
  /** The offer's plans not yet on the deal. */
  plans: Plan[];
  onClose(): void;
  onDone(result: Provisioning): void;
}

/** Provisions licenses of another plan of the deal's offer. */
export function AddLicensesDialog({ deal, plans, onClose, onDone }: AddProps) {
  const session = useSession();
  const { busy, error, submit } = useSubmit();
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [quantity, setQuantity] = useState('');
  const plan = plans.find((p) => p.id === planId);
  const save = () =>
    submit(async () => {
      onDone(await addDealLicenses(session.tenant.id, deal.id, planId, Number(quantity)));
    });
  return (
    <FormDialog open title="Add licenses" submitLabel="Add licenses" busy={busy} error={error} fields={['planId', 'quantity']} onSubmit={save} onClose={onClose} submitDisabled={!planId || !quantity}>
      <Field label="Plan" required validationMessage={fieldMessage(error, 'planId')} hint={plan?.serviceId}>
        <Dropdown value={plan?.name ?? ''} selectedOptions={planId ? [planId] : []} onOptionSelect={(_, data) => setPlanId(data.optionValue ?? '')}>
          {plans.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Number of licenses" required hint="More than 0." validationMessage={fieldMessage(error, 'quantity')}>
        <Input type="number" min={1} value={quantity} onChange={(_, data) => setQuantity(data.value)} />
      </Field>
    </FormDialog>
  );
}

interface ChangeProps {
  deal: Deal;
  line: DealLicense;
  onClose(): void;
  onDone(result: Provisioning): void;
}

/** Changes how many licenses of a plan the deal provisions (to remove them, use Remove, not 0). */
export function ChangeLicensesDialog({ deal, line, onClose, onDone }: ChangeProps) {
  const session = useSession();
  const { busy, error, submit } = useSubmit();
  const [quantity, setQuantity] = useState(String(line.quantity));
  const save = () =>
    submit(async () => {
      onDone(await changeDealLicenses(session.tenant.id, deal.id, line.planId, Number(quantity)));
    });
  return (
    <FormDialog
      open
      title={`Change ${line.planName} licenses`}
      submitLabel="Save"
      busy={busy}
      error={error}
      fields={['quantity']}
      onSubmit={save}
      onClose={onClose}
      submitDisabled={!quantity || Number(quantity) === line.quantity}
    >
      <Field
        label="Number of licenses"
        required
        hint="Going below what the customer has assigned is allowed: the users beyond the new count lose their seat and are marked “not enough licenses”."
        validationMessage={fieldMessage(error, 'quantity')}
      >
        <Input type="number" min={1} value={quantity} onChange={(_, data) => setQuantity(data.value)} autoFocus />
      </Field>
    </FormDialog>
  );
}
