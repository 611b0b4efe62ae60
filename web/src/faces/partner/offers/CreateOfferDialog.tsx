import { Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createOffer, OFFER_LIMITS, type Offer } from '../../../api/offers';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { useNotify } from '../../../components/Notifications';
import { RouterLink } from '../../../components/RouterLink';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { offerKeyProblem, offerKeyRoom } from './offerKeyRules';

const FIELDS = ['offerKey', 'name'] as const;

const useStyles = makeStyles({
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

interface CreateOfferDialogProps {
  /** null while the publisher has no publisher ID yet (it applies to the program first). */
  publisherId: string | null;
  onClose(): void;
  onCreated(offer: Offer): void;
}

/** Creates a draft offer: its permanent key (rules shown as you type) and its name. */
export function CreateOfferDialog({ publisherId, onClose, onCreated }: CreateOfferDialogProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [offerKey, setOfferKey] = useState('');
  const [name, setName] = useState('');
  const prefix = publisherId ?? '';
  const problem = offerKey ? offerKeyProblem(offerKey, prefix) : undefined;
  const room = offerKeyRoom(offerKey, prefix);

  const save = () =>
    submit(async () => {
      const offer = await createOffer(session.tenant.id, { offerKey: offerKey.trim(), name: name.trim() });
      notify(`${offer.name} was created`);
      onCreated(offer);
    });

  return (
    <FormDialog
      open
      title="Create an offer"
      submitLabel="Create offer"
      busy={busy}
      error={error}
      fields={FIELDS}
      submitDisabled={!publisherId || !offerKey || !name.trim() || problem !== undefined}
      onSubmit={save}
      onClose={onClose}
    >
      {!publisherId && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Choose your publisher ID first: offer keys are checked against it. Apply on the <RouterLink to="/partner/program">Partner program</RouterLink> page.
          </MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Offer key"
        required
        validationMessage={problem ?? fieldMessage(error, 'offerKey')}
        validationState={problem || fieldMessage(error, 'offerKey') ? 'error' : 'none'}
        hint={
          <ul className={styles.rules} aria-label="Offer key rules">
            <li>Lowercase letters, digits, "-" and "_"</li>
            <li>
              Publisher ID + offer key under 40 characters: <span className={styles.mono}>{prefix || '—'}</span> leaves {Math.max(room, 0)} more
            </li>
            <li>Permanent: it is part of every plan's Service ID and can't change after creation</li>
          </ul>
        }
      >
        <Input value={offerKey} onChange={(_, data) => setOfferKey(data.value)} disabled={!publisherId} autoFocus />
      </Field>
      {offerKey && !problem && (
        <Text size={200}>
          Service IDs will look like <span className={styles.mono}>{`${prefix}.${offerKey}.<planKey>`}</span>
        </Text>
      )}
      <Field label="Offer name" required hint={`Shown in the marketplace and the Admin Center; at most ${OFFER_LIMITS.name} characters.`} validationMessage={fieldMessage(error, 'name')}>
        <Input value={name} maxLength={OFFER_LIMITS.name} onChange={(_, data) => setName(data.value)} disabled={!publisherId} />
      </Field>
    </FormDialog>
  );
}
