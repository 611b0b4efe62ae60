import { Button, Field, Input, Tooltip } from '@fluentui/react-components';
import { EyeOffRegular, EyeRegular, KeyResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*?';

/** A 16-character random password from the browser's cryptographic generator. */
function generatePassword(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (byte) => PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length]).join('');
}

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  validationMessage?: string;
}

/** A new password for someone else: type one or generate one, and reveal it to pass it on. */
export function PasswordField({ label, value, onChange, hint, validationMessage }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage}>
      <Input
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        value={value}
        onChange={(_, data) => onChange(data.value)}
        contentAfter={
          <>
            <Tooltip content={visible ? 'Hide password' : 'Show password'} relationship="label">
              <Button appearance="transparent" size="small" icon={visible ? <EyeOffRegular /> : <EyeRegular />} onClick={() => setVisible(!visible)} />
            </Tooltip>
            <Tooltip content="Generate a strong password" relationship="label">
              <Button
                appearance="transparent"
                size="small"
                icon={<KeyResetRegular />}
                onClick={() => {
                  onChange(generatePassword());
                  setVisible(true);
                }}
              />
            </Tooltip>
          </>
        }
      />
    </Field>
  );
}
