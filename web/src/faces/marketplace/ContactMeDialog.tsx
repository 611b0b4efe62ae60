import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { LEAD_LIMITS, sendLead, type MarketplaceListing, type NewLead } from '../../api/marketplace';
import { CountryPicker } from '../../components/CountryPicker';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { useSubmit } from '../../components/useSubmit';

const FIELDS = ['name', 'email', 'company', 'country', 'phone', 'message', 'consent'] as const;

const useStyles = makeStyles({
  // Two fields a row where both fit (a Fluent combobox is at least 250 px wide); one on a phone.
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(250px, 100%), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** When the visitor may send again, from the problem's `retryAfterSeconds`; the problem's own words otherwise. */
export function retryHint(error: ApiError): string {
  const seconds = Number(error.problem.retryAfterSeconds ?? error.problem.retryAfter);
  if (Number.isFinite(seconds) && seconds > 0) {
    const at = new Date(Date.now() + seconds * 1000);
    const minutes = Math.ceil(seconds / 60);
    const when = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    return `You can send again in ${minutes === 1 ? 'a minute' : `${minutes} minutes`} (at ${when}).`;
  }
  return error.detail;
}

interface ContactMeDialogProps {
  listing: MarketplaceListing;
  onClose(): void;
}

/** "Contact me": the visitor's details and message go to the publisher's leads inbox. */
export function ContactMeDialog({ listing, onClose }: ContactMeDialogProps) {
  const styles = useStyles();
  const { visitor } = listing;
  const { busy, error, submit } = useSubmit();
  const [sent, setSent] = useState(false);
  const [lead, setLead] = useState<NewLead>({
    name: visitor.displayName ?? '',
    email: visitor.email ?? '',
    company: visitor.tenantName ?? '',
    country: visitor.country ?? '',
    phone: '',
    message: '',
    consent: false,
  });
  const change = (changes: Partial<NewLead>) => setLead((current) => ({ ...current, ...changes }));
  const tooMany = error?.status === 429 ? error : undefined;

  const send = () =>
    submit(async () => {
      const phone = lead.phone?.trim();
      await sendLead(listing.slug, {
        ...lead,
        name: lead.name.trim(),
        email: lead.email.trim(),
        company: lead.company.trim(),
        ...(phone ? { phone } : { phone: undefined }),
      });
      setSent(true);
    });

  if (sent) {
    return (
      <FormDialog
        open
        title={`Contact ${listing.publisher.name}`}
        submitLabel="Send"
        busy={false}
        error={undefined}
        fields={FIELDS}
        onSubmit={onClose}
        onClose={onClose}
        actions={
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        }
      >
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your details were sent to {listing.publisher.name}</MessageBarTitle>
            They'll contact you at {lead.email.trim()} about {listing.name}.
          </MessageBarBody>
        </MessageBar>
      </FormDialog>
    );
  }

  return (
    <FormDialog
      open
      title={`Contact ${listing.publisher.name}`}
      submitLabel="Send"
      busy={busy}
      error={tooMany ? undefined : error}
      errorTitle="Your details were not sent"
      fields={FIELDS}
      onSubmit={send}
      onClose={onClose}
    >
      <Text className={styles.intro}>
        {listing.publisher.name} receives your details and message and contacts you about {listing.name}.
      </Text>
      {tooMany && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Too many requests from you</MessageBarTitle>
            To keep out spam, each visitor can send only a few requests in a short time. {retryHint(tooMany)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field label="Name" required validationMessage={fieldMessage(error, 'name')}>
          <Input autoComplete="name" value={lead.name} onChange={(_, data) => change({ name: data.value })} />
        </Field>
        <Field label="Work email" required validationMessage={fieldMessage(error, 'email')}>
          <Input type="email" autoComplete="email" value={lead.email} onChange={(_, data) => change({ email: data.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Company" required validationMessage={fieldMessage(error, 'company')}>
          <Input autoComplete="organization" value={lead.company} onChange={(_, data) => change({ company: data.value })} />
        </Field>
        <CountryPicker label="Country or region" required value={lead.country} onChange={(country) => change({ country })} validationMessage={fieldMessage(error, 'country')} />
      </div>
      <Field label="Phone (optional)" validationMessage={fieldMessage(error, 'phone')}>
        <Input type="tel" autoComplete="tel" value={lead.phone ?? ''} onChange={(_, data) => change({ phone: data.value })} />
      </Field>
      <Field
        label="Message"
        required
        validationMessage={fieldMessage(error, 'message')}
        hint={`What you'd like to know, e.g. how many users you have. ${[...lead.message].length.toLocaleString()} of ${LEAD_LIMITS.message.toLocaleString()} characters.`}
      >
        <Textarea resize="vertical" rows={4} value={lead.message} onChange={(_, data) => change({ message: data.value })} />
      </Field>
      <Field validationMessage={fieldMessage(error, 'consent')}>
        <Checkbox
          checked={lead.consent}
          onChange={(_, data) => change({ consent: data.checked === true })}
          label={`I agree that ${listing.publisher.name} may contact me about this app, and that LicenseHub shares these details with them.`}
        />
      </Field>
    </FormDialog>
  );
}
