import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { listOfferCategories, OFFER_LIMITS, updateOffer, type OfferFields } from '../../../../api/offers';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { fieldMessage } from '../../../../components/fieldErrors';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useApiResource } from '../../../../components/useApiResource';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import type { OfferTabProps } from '../OfferPage';
import { LogoSection } from './LogoSection';

const FIELDS = [
  'name',
  'summary',
  'description',
  'categories',
  'supportUrl',
  'privacyUrl',
  'launchUrl',
  'leadDestination',
  'leadDestination.url',
  'leadDestination.secret',
] as const;

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(300px, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  categories: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: tokens.spacingHorizontalM },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  webhook: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, position: 'sticky', bottom: 0, paddingTop: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground1 },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingHorizontalL, position: 'sticky', top: 0 },
});

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** What the marketplace shows: name, summary, description, categories, links, logo, and where leads go. */
export function ListingTab({ offer, canWrite, onChanged }: OfferTabProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const categories = useApiResource((signal) => listOfferCategories(signal), []);
  const [name, setName] = useState(offer.name);
  const [summary, setSummary] = useState(offer.summary);
  const [description, setDescription] = useState(offer.description);
  const [picked, setPicked] = useState<string[]>(offer.categories);
  const [supportUrl, setSupportUrl] = useState(offer.supportUrl ?? '');
  const [privacyUrl, setPrivacyUrl] = useState(offer.privacyUrl ?? '');
  const [launchUrl, setLaunchUrl] = useState(offer.launchUrl ?? '');
  const [leadKind, setLeadKind] = useState(offer.leadDestination.kind);
  const [webhookUrl, setWebhookUrl] = useState(offer.leadDestination.url ?? '');
  const [webhookSecret, setWebhookSecret] = useState('');
  const readOnly = !canWrite;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const changes: Partial<OfferFields> = {
        name: name.trim(),
        summary: summary.trim(),
        description: description.trim(),
        categories: picked,
        supportUrl: orNull(supportUrl),
        privacyUrl: orNull(privacyUrl),
        launchUrl: orNull(launchUrl),
        leadDestination: leadKind === 'inbox' ? { kind: 'inbox' } : { kind: 'webhook', url: webhookUrl.trim(), ...(webhookSecret ? { secret: webhookSecret } : {}) },
      };
      await updateOffer(session.tenant.id, offer.offerId, changes);
      notify('Listing saved');
      onChanged();
    });
  };

  const toggleCategory = (id: string, checked: boolean) => setPicked((current) => (checked ? [...current, id] : current.filter((c) => c !== id)));

  return (
    <div className={styles.layout}>
      <Section title="Listing details">
        <form className={styles.form} onSubmit={save} noValidate aria-label="Listing details">
          <ErrorMessage error={error} fields={FIELDS} title="Couldn't save the listing" />
          <Field label="Offer name" required hint={`${name.length}/${OFFER_LIMITS.name}`} validationMessage={fieldMessage(error, 'name')}>
            <Input value={name} readOnly={readOnly} maxLength={OFFER_LIMITS.name} onChange={(_, data) => setName(data.value)} />
          </Field>
          <Field label="Summary" hint={`One or two sentences under the name in the marketplace (${summary.length}/${OFFER_LIMITS.summary}).`} validationMessage={fieldMessage(error, 'summary')}>
            <Input value={summary} readOnly={readOnly} maxLength={OFFER_LIMITS.summary} onChange={(_, data) => setSummary(data.value)} />
          </Field>
          <Field label="Description" hint={`What the app does and for whom (${description.length}/${OFFER_LIMITS.description}).`} validationMessage={fieldMessage(error, 'description')}>
            <Textarea value={description} readOnly={readOnly} maxLength={OFFER_LIMITS.description} rows={6} resize="vertical" onChange={(_, data) => setDescription(data.value)} />
          </Field>
          <fieldset className={styles.fieldset}>
            <legend>
              <Label>Categories</Label> <span className={styles.hint}>Pick one to three ({picked.length}/3)</span>
            </legend>
            <div className={styles.categories}>
              {(categories.data?.items ?? []).map((category) => (
                <Checkbox
                  key={category.id}
                  label={category.name}
                  checked={picked.includes(category.id)}
                  disabled={readOnly || (!picked.includes(category.id) && picked.length >= OFFER_LIMITS.categories)}
                  onChange={(_, data) => toggleCategory(category.id, data.checked === true)}
                />
              ))}
            </div>
            {fieldMessage(error, 'categories') && (
              <Text role="alert" className={styles.error}>
                {fieldMessage(error, 'categories')}
              </Text>
            )}
          </fieldset>
          <Field label="Support link" hint="Where customers get help: an http:// or https:// address." validationMessage={fieldMessage(error, 'supportUrl')}>
            <Input type="url" value={supportUrl} readOnly={readOnly} placeholder="https://" onChange={(_, data) => setSupportUrl(data.value)} />
          </Field>
          <Field label="Privacy policy link" validationMessage={fieldMessage(error, 'privacyUrl')}>
            <Input type="url" value={privacyUrl} readOnly={readOnly} placeholder="https://" onChange={(_, data) => setPrivacyUrl(data.value)} />
          </Field>
          <Field
            label="App launch URL"
            hint="Where the app opens. Licensed users are sent here with a signed license token."
            validationMessage={fieldMessage(error, 'launchUrl')}
          >
            <Input type="url" value={launchUrl} readOnly={readOnly} placeholder="https://" onChange={(_, data) => setLaunchUrl(data.value)} />
          </Field>
          <Field label="Lead destination" hint="Where “Contact me” requests from the marketplace go." validationMessage={fieldMessage(error, 'leadDestination')}>
            <RadioGroup value={leadKind} disabled={readOnly} onChange={(_, data) => setLeadKind(data.value as 'inbox' | 'webhook')}>
              <Radio value="inbox" label="Partner Center leads inbox" />
              <Radio value="webhook" label="Also send each lead to my webhook (HTTPS)" />
            </RadioGroup>
          </Field>
          {leadKind === 'webhook' && (
            <div className={styles.webhook}>
              <Field label="Webhook URL" required hint="An https:// address that accepts a POST per lead." validationMessage={fieldMessage(error, 'leadDestination.url')}>
                <Input type="url" value={webhookUrl} readOnly={readOnly} placeholder="https://" onChange={(_, data) => setWebhookUrl(data.value)} />
              </Field>
              <Field
                label="Signing secret"
                required={!offer.leadDestination.secretSet}
                hint={
                  offer.leadDestination.secretSet
                    ? 'A secret is set. Leave this empty to keep it, or type a new one (16 to 256 characters).'
                    : '16 to 256 characters. Each lead is signed with it so you can check it came from LicenseHub.'
                }
                validationMessage={fieldMessage(error, 'leadDestination.secret')}
              >
                <Input type="password" autoComplete="new-password" value={webhookSecret} readOnly={readOnly} onChange={(_, data) => setWebhookSecret(data.value)} />
              </Field>
            </div>
          )}
          {canWrite && (
            <div className={styles.actions}>
              <Button appearance="primary" type="submit" icon={busy ? <Spinner size="tiny" /> : <SaveRegular />} disabled={busy}>
                Save listing
              </Button>
            </div>
          )}
        </form>
      </Section>
      <div className={styles.side}>
        <LogoSection offer={offer} canWrite={canWrite} onChanged={onChanged} />
      </div>
    </div>
  );
}
