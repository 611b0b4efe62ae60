import { Checkbox, Label, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  error: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

interface CheckboxGroupProps<T extends string> {
  label: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange(value: T[]): void;
  validationMessage?: string;
  disabled?: boolean;
}

/**
 * Several checkboxes under one label (a Fluent Field can label only one control).
 * Keeps the chosen values in the options' order.
 */
export function CheckboxGroup<T extends string>({ label, options, value, onChange, validationMessage, disabled }: CheckboxGroupProps<T>) {
  const styles = useStyles();
  const toggle = (option: T, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        <Label>{label}</Label>
      </legend>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={value.includes(option.value)}
          disabled={disabled}
          onChange={(_, data) => toggle(option.value, data.checked === true)}
        />
      ))}
      {validationMessage && (
        <Text role="alert" className={styles.error}>
          <ErrorCircle12Filled aria-hidden /> {validationMessage}
        </Text>
      )}
    </fieldset>
  );
}
