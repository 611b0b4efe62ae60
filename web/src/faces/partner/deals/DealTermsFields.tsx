import { Checkbox, Dropdown, Field, Input, makeStyles, Option, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { ApiError } from '../../../api/client';
import { DEAL_CURRENCIES, DEPLOYMENT_LABELS, type ContractType, type DealFields, type Deployment } from '../../../api/deals';
import { choicesOf, isChoice } from '../../../components/choices';
import { CountryPicker } from '../../../components/CountryPicker';
import { fieldMessage } from '../../../components/fieldErrors';
import { Section } from '../../../components/Section';
import { useSession } from '../../../session/SessionContext';

/** The deal fields as the form holds them: amounts as typed text. */
export interface DealTermsDraft {
  companyName: string;
  country: string;
  city: string;
  state: string;
  totalAmount: string;
  totalCurrency: string;
  solutionAmount: string;
  solutionCurrency: string;
  deployment: Deployment;
  signedDate: string;
  startDate: string;
  endDate: string;
  perpetual: boolean;
  contactFirstName: string;
  contactLastName: string;
  contactPhone: string;
  contactEmail: string;
  contractType: ContractType;
}

/** Every field the API may name in a problem about the terms. */
export const DEAL_TERM_FIELDS = [
  'customer.companyName',
  'customer.country',
  'customer.city',
  'customer.state',
  'totalContractValue.amount',
  'totalContractValue.currency',
  'totalContractValue',
  'solutionValue.amount',
  'solutionValue.currency',
  'solutionValue',
  'deployment',
  'signedDate',
  'startDate',
  'endDate',
  'perpetual',
  'partnerContact.firstName',
  'partnerContact.lastName',
  'partnerContact.phone',
  'partnerContact.email',
  'contractType',
] as const;

const CONTRACT_TYPE_LABELS: Record<ContractType, string> = { new: 'New', renewal: 'Renewal' };

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(220px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  money: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 104px', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  currency: { minWidth: 0, width: '100%' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface DealTermsFieldsProps {
  draft: DealTermsDraft;
  onChange(changes: Partial<DealTermsDraft>): void;
  error: ApiError | undefined;
  /** The end date is renewed, not edited, on a registered deal. */
  endDateEditable?: boolean;
}

/** "12000" → 12000; anything unreadable → NaN (the API then says what is wrong). */
export const parseAmount = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(/[\s,]/g, '')));

/** The customer, contract and partner contact sections of the deal form. */
export function DealTermsFields({ draft, onChange, error, endDateEditable = true }: DealTermsFieldsProps) {
  const styles = useStyles();
  // The server's configured threshold, from the session answer.
  const { dealThresholdUsd } = useSession().limits;
  const message = (field: string) => fieldMessage(error, field);
  const currencyPicker = (label: string, value: string, field: string, set: (currency: string) => void) => (
    <Field label={label} validationMessage={message(field)}>
      <Dropdown className={styles.currency} value={value} selectedOptions={[value]} onOptionSelect={(_, data) => set(data.optionValue ?? 'USD')}>
        {DEAL_CURRENCIES.map((currency) => (
          <Option key={currency} value={currency}>
            {currency}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <div className={styles.stack}>
      <Section title="Customer details">
        <div className={styles.grid}>
          <Field label="Customer company name" required validationMessage={message('customer.companyName')}>
            <Input value={draft.companyName} maxLength={200} onChange={(_, data) => onChange({ companyName: data.value })} />
          </Field>
          <CountryPicker label="Country or region" required value={draft.country} onChange={(country) => onChange({ country })} validationMessage={message('customer.country')} />
          <Field label="City" required validationMessage={message('customer.city')}>
            <Input value={draft.city} maxLength={100} onChange={(_, data) => onChange({ city: data.value })} />
          </Field>
          <Field label="State or province" validationMessage={message('customer.state')}>
            <Input value={draft.state} maxLength={100} onChange={(_, data) => onChange({ state: data.value })} />
          </Field>
        </div>
      </Section>
      <Section title="Contract">
        <div className={styles.grid}>
          <Field label="Contract type" validationMessage={message('contractType')}>
            <RadioGroup layout="horizontal" value={draft.contractType} onChange={(_, data) => isChoice(CONTRACT_TYPE_LABELS, data.value) && onChange({ contractType: data.value })}>
              {choicesOf(CONTRACT_TYPE_LABELS).map((contractType) => (
                <Radio key={contractType} value={contractType} label={CONTRACT_TYPE_LABELS[contractType]} />
              ))}
            </RadioGroup>
          </Field>
          <Field label="Deployment" required validationMessage={message('deployment')}>
            <Dropdown
              value={DEPLOYMENT_LABELS[draft.deployment]}
              selectedOptions={[draft.deployment]}
              onOptionSelect={(_, data) => isChoice(DEPLOYMENT_LABELS, data.optionValue) && onChange({ deployment: data.optionValue })}
            >
              {choicesOf(DEPLOYMENT_LABELS).map((deployment) => (
                <Option key={deployment} value={deployment}>
                  {DEPLOYMENT_LABELS[deployment]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <div className={styles.grid}>
          <div className={styles.money}>
            <Field
              label="Total contract value"
              required
              hint={`Must be above ${dealThresholdUsd.toLocaleString('en-US')} USD (or its equivalent) for the deal to be eligible.`}
              validationMessage={message('totalContractValue.amount') ?? message('totalContractValue')}
            >
              <Input value={draft.totalAmount} inputMode="decimal" onChange={(_, data) => onChange({ totalAmount: data.value })} />
            </Field>
            {currencyPicker('Currency', draft.totalCurrency, 'totalContractValue.currency', (totalCurrency) => onChange({ totalCurrency }))}
          </div>
          <div className={styles.money}>
            <Field
              label="Solution value"
              required
              hint="The part of the contract for this offer; at most the total contract value."
              validationMessage={message('solutionValue.amount') ?? message('solutionValue')}
            >
              <Input value={draft.solutionAmount} inputMode="decimal" onChange={(_, data) => onChange({ solutionAmount: data.value })} />
            </Field>
            {currencyPicker('Currency', draft.solutionCurrency, 'solutionValue.currency', (solutionCurrency) => onChange({ solutionCurrency }))}
          </div>
        </div>
        <div className={styles.grid}>
          <Field label="Contract signed" required validationMessage={message('signedDate')} hint="Not in the future.">
            <Input type="date" value={draft.signedDate} onChange={(_, data) => onChange({ signedDate: data.value })} />
          </Field>
          <Field label="Start date" required validationMessage={message('startDate')} hint="On or after the signed date.">
            <Input type="date" value={draft.startDate} min={draft.signedDate || undefined} onChange={(_, data) => onChange({ startDate: data.value })} />
          </Field>
          <Field
            label="End date"
            required={!draft.perpetual}
            validationMessage={message('endDate') ?? message('perpetual')}
            hint={endDateEditable ? 'The last day of the contract. Licenses get a grace period after it.' : 'Renew the deal to extend it.'}
          >
            <Input
              type="date"
              value={draft.perpetual ? '' : draft.endDate}
              disabled={draft.perpetual || !endDateEditable}
              min={draft.startDate || undefined}
              onChange={(_, data) => onChange({ endDate: data.value })}
            />
          </Field>
          <Field label="Term" hint="A perpetual deal has no end date.">
            <Checkbox checked={draft.perpetual} disabled={!endDateEditable} label="Perpetual" onChange={(_, data) => onChange({ perpetual: data.checked === true })} />
          </Field>
        </div>
      </Section>
      <Section title="Partner contact">
        <div className={styles.grid}>
          <Field label="First name" required validationMessage={message('partnerContact.firstName')}>
            <Input value={draft.contactFirstName} maxLength={100} onChange={(_, data) => onChange({ contactFirstName: data.value })} />
          </Field>
          <Field label="Last name" required validationMessage={message('partnerContact.lastName')}>
            <Input value={draft.contactLastName} maxLength={100} onChange={(_, data) => onChange({ contactLastName: data.value })} />
          </Field>
          <Field label="Phone" required validationMessage={message('partnerContact.phone')} hint="Digits, spaces, ( ) . - and an optional leading +.">
            <Input type="tel" value={draft.contactPhone} onChange={(_, data) => onChange({ contactPhone: data.value })} />
          </Field>
          <Field label="Email" required validationMessage={message('partnerContact.email')}>
            <Input type="email" value={draft.contactEmail} onChange={(_, data) => onChange({ contactEmail: data.value })} />
          </Field>
        </div>
      </Section>
    </div>
  );
}

/** The terms as a registration and a change send them: every field, and the end date or perpetual (or neither). */
type DealTerms = Required<Omit<DealFields, 'endDate' | 'perpetual'>> & Pick<DealFields, 'endDate' | 'perpetual'>;

/** The API body for the terms in the form. */
export function termsBody(draft: DealTermsDraft): DealTerms {
  return {
    customer: { companyName: draft.companyName.trim(), country: draft.country, city: draft.city.trim(), state: draft.state.trim() },
    totalContractValue: { amount: parseAmount(draft.totalAmount), currency: draft.totalCurrency },
    solutionValue: { amount: parseAmount(draft.solutionAmount), currency: draft.solutionCurrency },
    deployment: draft.deployment,
    signedDate: draft.signedDate,
    startDate: draft.startDate,
    ...(draft.perpetual ? { perpetual: true } : draft.endDate ? { endDate: draft.endDate } : {}),
    partnerContact: {
      firstName: draft.contactFirstName.trim(),
      lastName: draft.contactLastName.trim(),
      phone: draft.contactPhone.trim(),
      email: draft.contactEmail.trim(),
    },
    contractType: draft.contractType,
  };
}
