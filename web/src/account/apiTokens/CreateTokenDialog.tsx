import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { createApiToken, type CreatedApiToken, type TokenScope } from '../../api/apiTokens';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { CopyButton } from '../../components/CopyButton';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { useSubmit } from '../../components/useSubmit';
import { SCOPE_DESCRIPTIONS } from './scopeLabels';

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;

const EXPIRY_CHOICES = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 180, label: '180 days' },
  { days: 365, label: '1 year' },
  { days: null, label: 'Never' },
];

const useStyles = makeStyles({
  secret: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  secretInput: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
});

interface CreateTokenDialogProps {
  grantableScopes: TokenScope[];
  onClose(): void;
  onCreated(): void;
}

/** Creates an API token for scripts; shows its secret this one time. */
export function CreateTokenDialog({ grantableScopes, onClose, onCreated }: CreateTokenDialogProps) {
  const styles = useStyles();
  const { busy, error, submit } = useSubmit();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const [expiresInDays, setExpiresInDays] = useState<number | null>(90);
  const [created, setCreated] = useState<CreatedApiToken>();

  const save = () =>
    submit(async () => {
      setCreated(await createApiToken({ name: name.trim(), scopes, expiresInDays }));
      onCreated();
    });

  if (created) {
    return (
      <FormDialog
        open
        title="Copy your new token"
        submitLabel="Done"
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
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This is the only time you'll see it</MessageBarTitle>
            Store it in your secret manager now. If you lose it, revoke it and create a new one.
          </MessageBarBody>
        </MessageBar>
        <Field label={`Token "${created.name}"`}>
          <div className={styles.secret}>
            <Input className={styles.secretInput} value={created.token} readOnly aria-label="Token secret" />
            <CopyButton text={created.token} label="Copy token" />
          </div>
        </Field>
      </FormDialog>
    );
  }

  return (
    <FormDialog
      open
      title="Create an API token"
      submitLabel="Create token"
      busy={busy}
      error={error}
      fields={FIELDS}
      submitDisabled={!name.trim() || scopes.length === 0}
      onSubmit={save}
      onClose={onClose}
    >
      <Field label="Name" required hint="Say what uses it, e.g. HR sync script." validationMessage={fieldMessage(error, 'name')}>
        <Input value={name} onChange={(_, data) => setName(data.value)} autoFocus />
      </Field>
      <CheckboxGroup
        label="Permissions"
        options={grantableScopes.map((scope) => ({ value: scope, label: `${SCOPE_DESCRIPTIONS[scope]} (${scope})` }))}
        value={scopes}
        onChange={setScopes}
        validationMessage={fieldMessage(error, 'scopes')}
      />
      <Field label="Expires after" validationMessage={fieldMessage(error, 'expiresInDays')}>
        <Dropdown
          value={EXPIRY_CHOICES.find((choice) => choice.days === expiresInDays)?.label}
          selectedOptions={[String(expiresInDays)]}
          onOptionSelect={(_, data) => setExpiresInDays(data.optionValue === 'null' ? null : Number(data.optionValue))}
        >
          {EXPIRY_CHOICES.map((choice) => (
            <Option key={choice.label} value={String(choice.days)}>
              {choice.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </FormDialog>
  );
}
