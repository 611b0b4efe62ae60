import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createInvitation, type Invitation } from '../../../api/relationships';
import { CopyButton } from '../../../components/CopyButton';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { formatDateTime } from '../../../components/formatting';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

const FIELDS = ['customerTenantId', 'message'] as const;

const useStyles = makeStyles({
  link: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  linkInput: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Creates an invitation link for a customer's admin to accept; shows the link once, with a copy button. */
export function CreateInvitationDialog({ onClose, onCreated }: { onClose(): void; onCreated(): void }) {
  const styles = useStyles();
  const session = useSession();
  const { busy, error, submit } = useSubmit();
  const [customerTenantId, setCustomerTenantId] = useState('');
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<Invitation>();

  const create = () =>
    submit(async () => {
      const invitation = await createInvitation(session.tenant.id, {
        ...(customerTenantId.trim() ? { customerTenantId: customerTenantId.trim() } : {}),
        ...(message.trim() ? { message: message.trim() } : {}),
      });
      setCreated(invitation);
      onCreated();
    });

  return (
    <FormDialog
      open
      title={created ? 'Send this link to your customer' : 'Create an invitation link'}
      submitLabel="Create link"
      busy={busy}
      error={error}
      fields={FIELDS}
      onSubmit={create}
      onClose={onClose}
      actions={
        created && (
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        )
      }
    >
      {created ? (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>Copy the link now: it is shown only once. It is valid until {formatDateTime(created.expiresAt)}.</MessageBarBody>
          </MessageBar>
          <div className={styles.link}>
            <Input className={styles.linkInput} value={created.invitationUrl} readOnly aria-label="Invitation link" />
            <CopyButton text={created.invitationUrl} label="Copy invitation link" />
          </div>
          <Text className={styles.muted}>
            A Global or Billing admin of the customer opens it in the Admin Center and accepts. Once accepted, you can register deals that provision licenses into their
            organization.
          </Text>
        </>
      ) : (
        <>
          <Text className={styles.muted}>A customer must consent to a relationship before you can provision licenses into their organization. The link is valid for 14 days.</Text>
          <Field
            label="Customer tenant ID (optional)"
            hint="Limit the link to one organization. Leave empty for a link any customer's admin may accept."
            validationMessage={fieldMessage(error, 'customerTenantId')}
          >
            <Input value={customerTenantId} placeholder="00000000-0000-0000-0000-000000000000" onChange={(_, data) => setCustomerTenantId(data.value)} />
          </Field>
          <Field label="Message (optional)" hint="Shown to the customer's admin with the invitation." validationMessage={fieldMessage(error, 'message')}>
            <Textarea value={message} maxLength={1000} onChange={(_, data) => setMessage(data.value)} resize="vertical" />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
