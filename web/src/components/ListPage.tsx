import { Button, Dropdown, makeStyles, Option, SearchBox, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { choiceOr, choicesOf } from './choices';
import type { ApiResource } from './useApiResource';
import type { useListQuery } from './useListQuery';
import { EmptyState } from './EmptyState';
import { ErrorMessage } from './ErrorMessage';
import { LoadingState } from './LoadingState';
import { Pager } from './Pager';

/**
 * The parts every list page repeats: a toolbar (actions, search, filters, total),
 * then the error, the loading state, the empty state or the rows with a pager.
 */

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  search: { width: '280px' },
  total: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
});

export function ListToolbar({ label, total, children }: { label: string; total?: string | undefined; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={label}>
      {children}
      {total !== undefined && <Text className={styles.total}>{total}</Text>}
    </div>
  );
}

export function RefreshButton({ onClick }: { onClick: () => void }) {
  return (
    <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={onClick}>
      Refresh
    </Button>
  );
}

/** The search box of a list whose query lives in the URL. */
export function ListSearch({ list, label, placeholder }: { list: ReturnType<typeof useListQuery>; label: string; placeholder: string }) {
  const styles = useStyles();
  return (
    <SearchBox
      className={styles.search}
      aria-label={label}
      placeholder={placeholder}
      value={list.searchText}
      onChange={(_, data) => list.setSearchText(data.value)}
    />
  );
}

interface LabelFilterProps<V extends string> {
  label: string;
  /** The first option, which clears the filter (value ''). Omit it when the filter always has a value. */
  allLabel?: string;
  labels: Record<V, string>;
  value: V | '';
  onChange(value: V | ''): void;
}

/** A drop-down filter over a fixed set of values, each with its label. */
export function LabelFilter<V extends string>({ label, allLabel, labels, value, onChange }: LabelFilterProps<V>) {
  return (
    <Dropdown
      aria-label={label}
      value={value ? labels[value] : (allLabel ?? '')}
      selectedOptions={[value]}
      onOptionSelect={(_, data) => onChange(choiceOr(labels, data.optionValue, ''))}
    >
      {allLabel !== undefined && <Option value="">{allLabel}</Option>}
      {choicesOf(labels).map((option) => (
        <Option key={option} value={option}>
          {labels[option]}
        </Option>
      ))}
    </Dropdown>
  );
}

interface ListResultsProps<T> {
  resource: ApiResource<{ items: T[]; total: number }>;
  errorTitle: string;
  empty: { icon: ReactNode; title: string; message?: ReactNode; action?: ReactNode };
  /** Omit for lists that are never paged. */
  pager?: { offset: number; pageSize: number; onOffsetChange(offset: number): void };
  children(items: T[]): ReactNode;
}

export function ListResults<T>({ resource, errorTitle, empty, pager, children }: ListResultsProps<T>) {
  const { data, error, loading } = resource;
  return (
    <>
      <ErrorMessage error={error} title={errorTitle} />
      {!data && loading && <LoadingState />}
      {data?.items.length === 0 && <EmptyState {...empty} />}
      {data && data.items.length > 0 && (
        <>
          {children(data.items)}
          {pager && <Pager offset={pager.offset} pageSize={pager.pageSize} total={data.total} onOffsetChange={pager.onOffsetChange} />}
        </>
      )}
    </>
  );
}
