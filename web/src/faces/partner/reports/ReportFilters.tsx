import { Button, Combobox, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { choicesOf, isChoice } from '../../../components/choices';
import type { ReportFilterOptions } from '../../../api/reports';
import { FILTER_KEYS, formatPeriod, MAX_CUSTOM_MONTHS, pickerMonths, type RangePreset, type ReportView } from './reportView';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  field: { width: '180px' },
  month: { width: '170px' },
  picker: { minWidth: 'unset', width: '100%', '& input': { minWidth: 0, width: '100%' } },
  // Fluent's open button is a 20 px target beside the clear button: WCAG 2.5.8 asks for 24 px.
  // No `display` here: Fluent hides whichever of the two is not in use with display:none.
  pickerButton: { boxSizing: 'content-box', padding: '2px' },
  clear: { alignSelf: 'flex-start', marginTop: '26px' },
});

const RANGE_LABELS: Record<RangePreset, string> = { '6': 'Last 6 months', '12': 'Last 12 months', custom: 'Custom range' };

interface ReportFiltersProps {
  view: ReportView;
  /** From the last report; undefined until one has loaded. */
  options: ReportFilterOptions | undefined;
  /** The range shown now, so a custom range starts from it. */
  shownRange: { from: string; to: string } | undefined;
  problem: { field: 'from' | 'to'; message: string } | undefined;
  onChange(changes: Partial<Record<keyof ReportView, string>>): void;
}

/** The report's month range and its filters: offer, plan (of the chosen offer), customer and country. */
export function ReportFilters({ view, options, shownRange, problem, onChange }: ReportFiltersProps) {
  const styles = useStyles();
  const months = pickerMonths();
  const offers = options?.offers ?? [];
  // The URL names an offer by its offer ID (readable in a shared link); the API also takes the GUID.
  const selectedOffer = offers.find((offer) => offer.offerKey === view.offer || offer.offerId === view.offer);
  const plans = (options?.plans ?? []).filter((plan) => !view.offer || plan.offerId === selectedOffer?.offerId);
  const customers = (options?.customers ?? []).map((c) => ({ value: c.tenantId, text: c.name }));
  const countries = (options?.countries ?? []).map((c) => ({ value: c.code, text: c.name }));
  const offerName = selectedOffer?.name;
  const planName = options?.plans.find((plan) => plan.serviceId === view.plan)?.name;
  const filtered = FILTER_KEYS.some((key) => view[key]);
  const custom = view.range === 'custom';

  return (
    <div className={styles.root} role="search" aria-label="Report range and filters">
      <Field label="Months" className={styles.field} hint={custom ? `A custom range covers up to ${MAX_CUSTOM_MONTHS} months.` : undefined}>
        <Dropdown
          className={styles.picker}
          value={RANGE_LABELS[view.range]}
          selectedOptions={[view.range]}
          onOptionSelect={(_, data) => {
            const range = data.optionValue;
            if (!isChoice(RANGE_LABELS, range)) return;
            if (range === 'custom') onChange({ range, from: view.from || shownRange?.from || '', to: view.to || shownRange?.to || '' });
            else onChange({ range: range === '6' ? '' : range, from: '', to: '' });
          }}
        >
          {choicesOf(RANGE_LABELS).map((range) => (
            <Option key={range} value={range}>
              {RANGE_LABELS[range]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {custom && (
        <>
          <Field label="From" className={styles.month} validationMessage={problem?.field === 'from' ? problem.message : undefined}>
            <Dropdown className={styles.picker} value={view.from ? formatPeriod(view.from) : ''} selectedOptions={[view.from]} onOptionSelect={(_, d) => onChange({ from: d.optionValue ?? '' })}>
              {months.map((month) => (
                <Option key={month} value={month}>
                  {formatPeriod(month)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="To" className={styles.month} validationMessage={problem?.field === 'to' ? problem.message : undefined}>
            <Dropdown className={styles.picker} value={view.to ? formatPeriod(view.to) : ''} selectedOptions={[view.to]} onOptionSelect={(_, d) => onChange({ to: d.optionValue ?? '' })}>
              {months.map((month) => (
                <Option key={month} value={month}>
                  {formatPeriod(month)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      )}
      <Field label="Offer" className={styles.field}>
        <Dropdown
          className={styles.picker}
          disabled={!options}
          value={offerName ?? (view.offer ? view.offer : 'All offers')}
          selectedOptions={[selectedOffer?.offerKey ?? view.offer]}
          onOptionSelect={(_, data) => {
            const offer = offers.find((o) => o.offerKey === data.optionValue);
            const plan = options?.plans.find((p) => p.serviceId === view.plan);
            // A plan of another offer would match nothing.
            onChange({ offer: offer?.offerKey ?? '', plan: offer && plan && plan.offerId !== offer.offerId ? '' : view.plan });
          }}
        >
          <Option value="">All offers</Option>
          {offers.map((offer) => (
            <Option key={offer.offerId} value={offer.offerKey}>
              {offer.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Plan" className={styles.field}>
        <Dropdown
          className={styles.picker}
          disabled={!options}
          value={planName ?? (view.plan ? view.plan : 'All plans')}
          selectedOptions={[view.plan]}
          onOptionSelect={(_, data) => onChange({ plan: data.optionValue ?? '' })}
        >
          <Option value="">All plans</Option>
          {plans.map((plan) => (
            <Option key={plan.serviceId} value={plan.serviceId} text={plan.name}>
              {view.offer || offers.length < 2 ? plan.name : `${plan.name} (${offers.find((o) => o.offerId === plan.offerId)?.name ?? plan.offerId})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <SearchableFilter label="Customer" allLabel="All customers" items={customers} value={view.customer} disabled={!options} onChange={(customer) => onChange({ customer })} />
      <SearchableFilter label="Country or region" allLabel="All countries" items={countries} value={view.country} disabled={!options} onChange={(country) => onChange({ country })} />
      {filtered && (
        <Button className={styles.clear} appearance="subtle" icon={<DismissRegular />} onClick={() => onChange({ offer: '', plan: '', customer: '', country: '' })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

interface SearchableFilterProps {
  label: string;
  allLabel: string;
  items: { value: string; text: string }[];
  value: string;
  disabled: boolean;
  onChange(value: string): void;
}

/** A filter over a possibly long list: type to narrow it. */
function SearchableFilter({ label, allLabel, items, value, disabled, onChange }: SearchableFilterProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState<string | null>(null);
  const query = typed?.trim().toLowerCase() ?? '';
  const matches = query ? items.filter((item) => item.text.toLowerCase().includes(query) || item.value.toLowerCase() === query) : items;
  const selectedText = items.find((item) => item.value === value)?.text ?? value;
  return (
    <Field label={label} className={styles.field}>
      <Combobox
        className={styles.picker}
        expandIcon={{ className: styles.pickerButton }}
        clearIcon={{ className: styles.pickerButton }}
        disabled={disabled}
        value={typed ?? (value ? selectedText : '')}
        placeholder={allLabel}
        selectedOptions={value ? [value] : []}
        clearable
        onChange={(event) => setTyped(event.target.value)}
        onOptionSelect={(_, data) => {
          setTyped(null);
          onChange(data.optionValue ?? '');
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setTyped(null);
        }}
      >
        {matches.map((item) => (
          <Option key={item.value} value={item.value}>
            {item.text}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option value="__none__" disabled text="">
            {`No ${label.toLowerCase()} matches`}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
