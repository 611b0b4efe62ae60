import { Field, Input } from '@fluentui/react-components';

interface CodeFieldProps {
  value: string;
  onChange(value: string): void;
  validationMessage?: string;
  label?: string;
  autoFocus?: boolean;
}

/** The six digits an authenticator app shows; browsers and phones fill it from a one-time-code prompt. */
export function CodeField({ value, onChange, validationMessage, label = 'Code from your authenticator app', autoFocus }: CodeFieldProps) {
  return (
    <Field label={label} required validationMessage={validationMessage}>
      <Input
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={value}
        placeholder="123456"
        autoFocus={autoFocus}
        onChange={(_, data) => onChange(data.value.replace(/\D/g, '').slice(0, 6))}
      />
    </Field>
  );
}
