import { Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { addPlan, PLAN_LIMITS, updatePlan, type Plan } from '../../../../api/plans';
import { CopyButton } from '../../../../components/CopyButton';
import { fieldMessage } from '../../../../components/fieldErrors';
import { FormDialog } from '../../../../components/FormDialog';
import { useNotify } from '../../../../components/Notifications';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import { planIdProblem } from '../offerIdRules';

const FIELDS = ['planId', 'name', 'description'] as const;

const useStyles = makeStyles({
  serviceId: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

interface PlanFormDialogProps {
  offerId: string;
  publisherId: string;
  /** The plan to edit; a new plan when absent. */
  plan?: Plan;
  onClose(): void;
  onSaved(plan: Plan): void;
}

/** Adds a plan (its ID is permanent), or renames one and changes its description. */
export function PlanFormDialog({ offerId, publisherId, plan, onClose, onSaved }: PlanFormDialogProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [planId, setPlanId] = useState(plan?.planId ?? '');
  const [name, setName] = useState(plan?.name ?? '');
  const [description, setDescription] = useState(plan?.description ?? '');
  const idProblem = plan || !planId ? undefined : planIdProblem(planId);
  const serviceId = plan?.serviceId ?? `${publisherId}.${offerId}.${planId || '<planId>'}`;

  const save = () =>
    submit(async () => {
      const saved = plan
        ? await updatePlan(session.tenant.id, offerId, plan.planId, { name: name.trim(), description: description.trim() })
        : await addPlan(session.tenant.id, offerId, { planId: planId.trim(), name: name.trim(), description: description.trim() || undefined });
      notify(plan ? `${saved.name} was saved` : `${saved.name} was added`);
      onSaved(saved);
    });

  return (
    <FormDialog
      open
      title={plan ? `Edit ${plan.name}` : 'Add a plan'}
      submitLabel={plan ? 'Save' : 'Add plan'}
      busy={busy}
      error={error}
      fields={FIELDS}
      submitDisabled={!name.trim() || (!plan && (!planId || idProblem !== undefined))}
      onSubmit={save}
      onClose={onClose}
    >
      <Field
        label="Plan ID"
        required={!plan}
        validationMessage={idProblem ?? fieldMessage(error, 'planId')}
        validationState={idProblem || fieldMessage(error, 'planId') ? 'error' : 'none'}
        hint={plan ? "Permanent: it can't change." : `Lowercase letters, digits, "-" and "_", at most ${PLAN_LIMITS.planId} characters. Permanent once the plan exists.`}
      >
        <Input value={planId} readOnly={Boolean(plan)} onChange={(_, data) => setPlanId(data.value)} autoFocus={!plan} />
      </Field>
      <Field label="Service ID" hint="Generated from your publisher ID, the offer ID and the plan ID. Use it in your package's plan CSVs.">
        <span className={styles.serviceId}>
          <Text aria-label="Service ID">{serviceId}</Text>
          {(plan || (planId && !idProblem)) && <CopyButton text={serviceId} label="Copy Service ID" />}
        </span>
      </Field>
      <Field
        label="Plan name"
        required
        hint={`Shown in the marketplace and the Admin Center (${name.length}/${PLAN_LIMITS.name}).`}
        validationMessage={fieldMessage(error, 'name')}
      >
        <Input value={name} maxLength={PLAN_LIMITS.name} onChange={(_, data) => setName(data.value)} autoFocus={Boolean(plan)} />
      </Field>
      <Field label="Description" hint={`What the plan includes (${description.length}/${PLAN_LIMITS.description}).`} validationMessage={fieldMessage(error, 'description')}>
        <Textarea value={description} maxLength={PLAN_LIMITS.description} onChange={(_, data) => setDescription(data.value)} resize="vertical" rows={4} />
      </Field>
    </FormDialog>
  );
}
