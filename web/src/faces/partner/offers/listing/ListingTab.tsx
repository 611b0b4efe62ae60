import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { listOfferCategories, OFFER_LIMITS, updateOffer, type OfferFields } from '../../../../api/offers';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { RouterLink } from '../../../../components/RouterLink';
import { fieldMessage } from '../../../../components/fieldErrors';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useApiResource } from '../../../../components/useApiResource';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import type { OfferTabProps } from '../OfferPage';
import { LogoSection } from './LogoSection';
import { ScreenshotsSection } from './ScreenshotsSection';
import { SIDE_COLUMN_BELOW } from '../../../../components/pageColumns';

const FIELDS = [
  'name',
  'summary',
  'description',
  'pricingText',
  'categories',
  'supportUrl',
  'privacyUrl',
  'launchUrl',
] as const;

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(300px, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    // On a phone the logo goes under the form instead of squeezing it.
    [SIDE_COLUMN_BELOW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  categories: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(220px, 100%), 1fr))', columnGap: tokens.spacingHorizontalM },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  leads: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, position: 'sticky', bottom: 0, paddingTop: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground1 },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingHorizontalL, position: 'sticky', top: 0, [SIDE_COLUMN_BELOW]: { position: 'static' } },
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
  const [pricingText, setPricingText] = useState(offer.pricingText);
  const [picked, setPicked] = useState<OfferFields['categories']>(offer.categories);
  const [supportUrl, setSupportUrl] = useState(offer.supportUrl ?? '');
  const [privacyUrl, setPrivacyUrl] = useState(offer.privacyUrl ?? '');
  const [launchUrl, setLaunchUrl] = useState(offer.launchUrl ?? '');
  const readOnly = !canWrite;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const changes: Partial<OfferFields> = {
        name: name.trim(),
        summary: summary.trim(),
        description: description.trim(),
        pricingText: pricingText.trim(),
        categories: picked,
        supportUrl: orNull(supportUrl),
        privacyUrl: orNull(privacyUrl),
        launchUrl: orNull(launchUrl),
      };
      await updateOffer(session.tenant.id, offer.id, changes);
      notify('Listing saved');
      onChanged();
    });
  };

  const toggleCategory = (id: OfferFields['categories'][number], checked: boolean) => setPicked((current) => (checked ? [...current, id] : current.filter((c) => c !== id)));

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
          <Field
            label="Pricing"
            hint={`A short line on the listing and its card, e.g. "From $8 per user/month" (${pricingText.length}/${OFFER_LIMITS.pricingText}). Leave empty for none.`}
            validationMessage={fieldMessage(error, 'pricingText')}
          >
            <Input value={pricingText} readOnly={readOnly} maxLength={OFFER_LIMITS.pricingText} onChange={(_, data) => setPricingText(data.value)} />
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
          <div className={styles.leads}>
            <Label>Leads</Label>
            <Text className={styles.hint}>
              “Contact me” requests from the marketplace arrive in <RouterLink to="/partner/leads">Leads</RouterLink>. To send them to your CRM as well, add a webhook endpoint
              for the <code>lead.created</code> event: <RouterLink to={`/partner/webhooks?add=lead.created&offer=${offer.id}`}>add a lead webhook for this offer</RouterLink>.
              Its delivery log and re-send are on the Webhooks page.
            </Text>
          </div>
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
        <Section title="Preview">
          <Text className={styles.hint}>See the marketplace page as it will look with what is saved now, before it goes live. Only your organization can see it.</Text>
          <RouterLink to={`/partner/offers/${encodeURIComponent(offer.offerKey)}/preview`}>Preview listing</RouterLink>
        </Section>
        <LogoSection offer={offer} canWrite={canWrite} onChanged={onChanged} />
        <ScreenshotsSection offer={offer} canWrite={canWrite} onChanged={onChanged} />
      </div>
    </div>
  );
}
