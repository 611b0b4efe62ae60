import { Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { addPlan, PLAN_LIMITS, updatePlan, type Plan } from '../../../../api/plans';
import { CopyButton } from '../../../../components/CopyButton';
import { fieldMessage } from '../../../../components/fieldErrors';
import { FormDialog } from '../../../../components/FormDialog';
import { useNotify } from '../../../../components/Notifications';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import { planKeyProblem } from '../offerKeyRules';

const FIELDS = ['planKey', 'name', 'description', 'trialDays'] as const;

const useStyles = makeStyles({
  serviceId: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

interface PlanFormDialogProps {
  /** The offer's GUID (for the calls) and its readable key (for the Service ID). */
  offerId: string;
  offerKey: string;
  publisherId: string;
  /** The plan to edit; a new plan when absent. */
  plan?: Plan;
  onClose(): void;
  onSaved(plan: Plan): void;
}

/** Adds a plan (its key is permanent), or renames one and changes its description. */
export function PlanFormDialog({ offerId, offerKey, publisherId, plan, onClose, onSaved }: PlanFormDialogProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [planKey, setPlanKey] = useState(plan?.planKey ?? '');
  const [name, setName] = useState(plan?.name ?? '');
  const [description, setDescription] = useState(plan?.description ?? '');
  const [trialDays, setTrialDays] = useState(plan?.trialDays ? String(plan.trialDays) : '');
  /** Empty: no trial; otherwise the whole number the server checks (1 to 365). */
  const trial = trialDays.trim() ? Number(trialDays) : null;
  const idProblem = plan || !planKey ? undefined : planKeyProblem(planKey);
  const serviceId = plan?.serviceId ?? `${publisherId}.${offerKey}.${planKey || '<planKey>'}`;

  const save = () =>
    submit(async () => {
      const saved = plan
        ? await updatePlan(session.tenant.id, offerId, plan.id, { name: name.trim(), description: description.trim(), trialDays: trial })
        : await addPlan(session.tenant.id, offerId, { planKey: planKey.trim(), name: name.trim(), description: description.trim() || undefined, trialDays: trial });
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
      submitDisabled={!name.trim() || (!plan && (!planKey || idProblem !== undefined))}
      onSubmit={save}
      onClose={onClose}
    >
      <Field
        label="Plan key"
        required={!plan}
        validationMessage={idProblem ?? fieldMessage(error, 'planKey')}
        validationState={idProblem || fieldMessage(error, 'planKey') ? 'error' : 'none'}
        hint={plan ? "Permanent: it can't change." : `Lowercase letters, digits, "-" and "_", at most ${PLAN_LIMITS.planKey} characters. Permanent once the plan exists.`}
      >
        <Input value={planKey} readOnly={Boolean(plan)} onChange={(_, data) => setPlanKey(data.value)} autoFocus={!plan} />
      </Field>
      <Field label="Service ID" hint="Generated from your publisher ID, the offer key and the plan key. Use it in your package's plan CSVs.">
        <span className={styles.serviceId}>
          <Text aria-label="Service ID">{serviceId}</Text>
          {(plan || (planKey && !idProblem)) && <CopyButton text={serviceId} label="Copy Service ID" />}
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
      <Field
        label="Free trial (days)"
        hint={`Leave empty for none. With a trial, the listing shows a Free trial badge; you grant trials through deals (1 to ${PLAN_LIMITS.trialDays} days).`}
        validationMessage={fieldMessage(error, 'trialDays')}
      >
        <Input type="number" inputMode="numeric" min={1} max={PLAN_LIMITS.trialDays} value={trialDays} onChange={(_, data) => setTrialDays(data.value)} />
      </Field>
    </FormDialog>
  );
}
