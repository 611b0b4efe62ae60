import { Dropdown, Field, Option, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { approveLicenseRequest, declineLicenseRequest, type LicenseRequest, type LicenseRequestProduct } from '../../../api/licenseRequests';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { countOf } from '../../../components/formatting';
import { useNotify } from '../../../components/Notifications';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

const productText = (product: LicenseRequestProduct) => `${product.name} (${product.freeSeats > 0 ? `${countOf(product.freeSeats, 'free seat')}` : 'no free seat'})`;

interface DecisionDialogProps {
  kind: 'approve' | 'decline';
  request: LicenseRequest;
  onClose(): void;
  onDone(): void;
}

/**
 * Approve: pick the product (those with a free seat; the suggested one first) and add an optional note.
 * Decline: an optional reason. Either way the requester is told, in-app and by email.
 */
export function LicenseRequestDecisionDialog({ kind, request, onClose, onDone }: DecisionDialogProps) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [note, setNote] = useState('');
  const [planId, setPlanId] = useState(request.plan?.id ?? '');
  const approve = kind === 'approve';
  const chosen = request.products.find((p) => p.id === planId);

  const decide = () =>
    submit(async () => {
      if (approve) {
        await approveLicenseRequest(session.tenant.id, request.id, { ...(planId ? { planId } : {}), note: note.trim() });
        notify(`${request.user.displayName} now has a ${chosen?.name ?? request.appName} license`);
      } else {
        await declineLicenseRequest(session.tenant.id, request.id, note.trim());
        notify(`${request.user.displayName}'s request was declined`);
      }
      onDone();
    });

  return (
    <FormDialog
      open
      title={approve ? `Approve ${request.user.displayName}'s request?` : `Decline ${request.user.displayName}'s request?`}
      submitLabel={approve ? 'Approve and assign' : 'Decline'}
      busy={busy}
      error={error}
      errorTitle={approve ? 'The request was not approved' : 'The request was not declined'}
      fields={['planId', 'note']}
      submitDisabled={approve && !chosen}
      onSubmit={decide}
      onClose={onClose}
    >
      <Text>
        {request.user.displayName} asks for a license to {request.appName} ({request.offer.name}).{' '}
        {approve ? 'They get a seat at once and an email with the link that opens the app.' : 'They get an email, and see your answer in My apps.'}
      </Text>
      {approve && (
        <Field label="License to assign" hint="Only products with a free seat can be chosen." validationMessage={fieldMessage(error, 'planId')}>
          <Dropdown value={chosen ? productText(chosen) : ''} selectedOptions={[planId]} onOptionSelect={(_, data) => setPlanId(data.optionValue ?? '')}>
            {request.products.map((product) => (
              <Option key={product.id} value={product.id} text={productText(product)} disabled={product.freeSeats === 0}>
                {productText(product)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field
        label={approve ? 'Note to the requester (optional)' : 'Reason (optional)'}
        hint={approve ? 'They read it in the email and in My apps.' : 'Why you decline: they read it in the email and in My apps.'}
        validationMessage={fieldMessage(error, 'note')}
      >
        <Textarea value={note} maxLength={1000} onChange={(_, data) => setNote(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
