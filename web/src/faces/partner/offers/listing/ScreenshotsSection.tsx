import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, DeleteRegular, ImageRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { addOfferScreenshot, OFFER_LIMITS, removeOfferScreenshot, type Offer } from '../../../../api/offers';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { fieldMessage } from '../../../../components/fieldErrors';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';

const ACCEPTED = ['image/png', 'image/jpeg'];
const FIELDS = ['altText'] as const;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  thumb: { width: '96px', height: '60px', objectFit: 'cover', borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0 },
  alt: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
});

/** A file the browser can tell is wrong before sending it (the server also checks the pixels' size). */
function localProblem(file: File): string | undefined {
  if (!ACCEPTED.includes(file.type)) return `${file.name} is not a PNG or JPEG image.`;
  if (file.size > OFFER_LIMITS.screenshotBytes) return `${file.name} is ${Math.ceil(file.size / 1024)} KB; a screenshot may be at most 1 MB.`;
  return undefined;
}

/** Up to five screenshots with what each shows (its alt text), in the order the listing shows them. */
export function ScreenshotsSection({ offer, canWrite, onChanged }: { offer: Offer; canWrite: boolean; onChanged(): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, submit, reset } = useSubmit();
  const [file, setFile] = useState<File>();
  const [altText, setAltText] = useState('');
  const problem = file ? localProblem(file) : undefined;
  const full = offer.screenshots.length >= OFFER_LIMITS.screenshots;

  const add = () =>
    submit(async () => {
      if (!file) return;
      await addOfferScreenshot(session.tenant.id, offer.id, file, altText.trim());
      notify('Screenshot added');
      setFile(undefined);
      setAltText('');
      if (input.current) input.current.value = '';
      onChanged();
    });

  const remove = (screenshotId: string) =>
    submit(async () => {
      await removeOfferScreenshot(session.tenant.id, offer.id, screenshotId);
      notify('Screenshot removed');
      onChanged();
    });

  return (
    <Section title={`Screenshots (${offer.screenshots.length} of ${OFFER_LIMITS.screenshots})`}>
      <Text className={styles.muted}>PNG or JPEG, at most 1 MB, from 320 × 200 to 3840 × 2160 pixels. Describe what each shows: screen readers read it out.</Text>
      {offer.screenshots.length > 0 && (
        <ul className={styles.list} aria-label="Screenshots">
          {offer.screenshots.map((shot) => (
            <li key={shot.id} className={styles.item}>
              <img className={styles.thumb} src={shot.url} alt="" />
              <Text className={styles.alt}>{shot.altText}</Text>
              {canWrite && (
                <Button appearance="subtle" icon={<DeleteRegular />} aria-label={`Remove screenshot: ${shot.altText}`} disabled={busy} onClick={() => void remove(shot.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && !full && (
        <div className={styles.form} role="group" aria-label="Add a screenshot">
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept="image/png,image/jpeg"
            aria-label="Screenshot file"
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              reset();
            }}
          />
          <div className={styles.buttons}>
            <Button icon={<ImageRegular />} onClick={() => input.current?.click()}>
              {file ? 'Choose another image' : 'Choose an image'}
            </Button>
          </div>
          {file && !problem && <Text size={200}>{`${file.name} (${Math.ceil(file.size / 1024)} KB)`}</Text>}
          <Field label="What it shows" required hint={`${altText.length}/${OFFER_LIMITS.screenshotAlt}`} validationMessage={fieldMessage(error, 'altText')}>
            <Input value={altText} maxLength={OFFER_LIMITS.screenshotAlt} onChange={(_, data) => setAltText(data.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <ArrowUploadRegular />} disabled={!file || problem !== undefined || !altText.trim() || busy} onClick={() => void add()}>
              Add screenshot
            </Button>
          </div>
        </div>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={error} fields={FIELDS} title="Couldn't change the screenshots" />
    </Section>
  );
}
