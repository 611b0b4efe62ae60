import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, DeleteRegular, ImageRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { deleteOfferLogo, OFFER_LIMITS, uploadOfferLogo, type Offer } from '../../../../api/offers';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';

const ACCEPTED = ['image/png', 'image/jpeg'];

const useStyles = makeStyles({
  body: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start', flexWrap: 'wrap' },
  preview: {
    width: '120px',
    height: '120px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: tokens.borderRadiusLarge,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontSize: '40px',
    overflow: 'hidden',
    flexShrink: 0,
  },
  image: { width: '100%', height: '100%', objectFit: 'contain' },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: '220px', flex: 1 },
  muted: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

/** A file the browser can tell is wrong before sending it. */
function localProblem(file: File): string | undefined {
  if (!ACCEPTED.includes(file.type)) return `${file.name} is not a PNG or JPEG image. SVG is refused because it can carry scripts.`;
  if (file.size > OFFER_LIMITS.logoBytes) return `${file.name} is ${Math.ceil(file.size / 1024)} KB; a logo may be at most 256 KB.`;
  return undefined;
}

/** The offer's logo: preview the chosen image, then upload it (PNG or JPEG, at most 256 KB). */
export function LogoSection({ offer, canWrite, onChanged }: { offer: Offer; canWrite: boolean; onChanged(): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, submit, reset } = useSubmit();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<string>();
  const problem = file ? localProblem(file) : undefined;

  useEffect(() => {
    if (!file || problem) {
      setPreview(undefined);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file, problem]);

  const upload = () =>
    submit(async () => {
      if (!file) return;
      await uploadOfferLogo(session.tenant.id, offer.id, file);
      notify('Logo uploaded');
      setFile(undefined);
      if (input.current) input.current.value = '';
      onChanged();
    });

  const remove = () =>
    submit(async () => {
      await deleteOfferLogo(session.tenant.id, offer.id);
      notify('Logo removed');
      onChanged();
    });

  const shown = preview ?? offer.logo?.url;
  return (
    <Section title="Logo">
      <div className={styles.body}>
        <div className={styles.preview}>{shown ? <img className={styles.image} src={shown} alt={preview ? 'Preview of the new logo' : `${offer.name} logo`} /> : <ImageRegular aria-hidden />}</div>
        <div className={styles.side}>
          <Text className={styles.muted}>
            A square PNG or JPEG of at most 256 KB, shown in the marketplace and the Admin Center. {preview ? 'This is a preview: upload it to use it.' : ''}
          </Text>
          {canWrite && (
            <>
              <input
                ref={input}
                className={styles.hidden}
                type="file"
                accept="image/png,image/jpeg"
                aria-label="Logo file"
                onChange={(event) => {
                  setFile(event.target.files?.[0]);
                  reset();
                }}
              />
              <div className={styles.buttons}>
                <Button icon={<ImageRegular />} onClick={() => input.current?.click()}>
                  {offer.logo ? 'Choose another image' : 'Choose an image'}
                </Button>
                <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <ArrowUploadRegular />} disabled={!file || problem !== undefined || busy} onClick={() => void upload()}>
                  Upload logo
                </Button>
                {offer.logo && offer.status === 'draft' && !file && (
                  <Button appearance="subtle" icon={<DeleteRegular />} disabled={busy} onClick={() => void remove()}>
                    Remove
                  </Button>
                )}
              </div>
              {file && !problem && <Text size={200}>{`${file.name} (${Math.ceil(file.size / 1024)} KB)`}</Text>}
            </>
          )}
          {problem && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          <ErrorMessage error={error} title="Couldn't change the logo" />
        </div>
      </div>
    </Section>
  );
}
