import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useCountries } from './Countries';

interface CountryPickerProps {
  label: string;
  /** ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange(code: string): void;
  required?: boolean;
  hint?: string;
  validationMessage?: string;
}

/** A searchable list of countries; type a name or a two-letter code. */
export function CountryPicker({ label, value, onChange, required, hint, validationMessage }: CountryPickerProps) {
  const { countries, nameOf } = useCountries();
  const [typed, setTyped] = useState<string | null>(null);
  const query = typed?.trim().toLowerCase() ?? '';
  const matches = query
    ? countries.filter((country) => country.name.toLowerCase().includes(query) || country.code.toLowerCase() === query)
    : countries;

  return (
    <Field label={label} required={required} hint={hint} validationMessage={validationMessage}>
      <Combobox
        value={typed ?? (value ? nameOf(value) : '')}
        selectedOptions={value ? [value] : []}
        clearable={!required}
        placeholder="Search countries"
        onChange={(event) => setTyped(event.target.value)}
        onOptionSelect={(_, data) => {
          setTyped(null);
          onChange(data.optionValue ?? '');
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setTyped(null);
        }}
      >
        {matches.map((country) => (
          <Option key={country.code} value={country.code} text={country.name}>
            {`${country.name} (${country.code})`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
