import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CustomerRow } from '../../../api/reports';
import { useDataTableStyles } from '../../../components/dataTable';
import { formatDate } from '../../../components/formatting';
import { Pager } from '../../../components/Pager';
import { formatCount, formatPercent } from './reportView';
import { WidgetCard } from './WidgetCard';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Column = 'name' | 'country' | 'provisioned' | 'assigned' | 'percent' | 'firstActivation';
type Direction = 'ascending' | 'descending';

const percentOf = (row: CustomerRow) => (row.provisioned > 0 ? Math.round((row.assigned / row.provisioned) * 1000) / 10 : 0);

const VALUE: Record<Column, (row: CustomerRow) => string | number> = {
  name: (row) => row.name.toLocaleLowerCase(),
  country: (row) => row.countryName.toLocaleLowerCase(),
  provisioned: (row) => row.provisioned,
  assigned: (row) => row.assigned,
  percent: percentOf,
  firstActivation: (row) => row.firstActivation ?? '',
};

const COLUMNS: { column: Column; label: string; numeric?: boolean }[] = [
  { column: 'name', label: 'Customer' },
  { column: 'country', label: 'Country or region' },
  { column: 'provisioned', label: 'Provisioned', numeric: true },
  { column: 'assigned', label: 'Assigned', numeric: true },
  { column: 'percent', label: '% assigned', numeric: true },
  { column: 'firstActivation', label: 'First activation' },
];

/** Every customer with their licenses at the end of the range; click a column header to sort by it. */
export function CustomersTable({ rows, csvUrl }: { rows: CustomerRow[]; csvUrl: string }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({ column: 'provisioned', direction: 'descending' });
  const [offset, setOffset] = useState(0);
  const sorted = useMemo(() => {
    const value = VALUE[sort.column];
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return order * sign || a.name.localeCompare(b.name);
    });
  }, [rows, sort]);
  // A narrower filter can leave fewer rows than the page we were on.
  const start = offset < rows.length ? offset : 0;
  const page = sorted.slice(start, start + PAGE_SIZE);
  const sortBy = (column: Column) => {
    setOffset(0);
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'name' || column === 'country' ? 'ascending' : 'descending' },
    );
  };

  return (
    <WidgetCard title="Licenses per customer" description="Each customer's licenses at the end of the range, all plans together." csvUrl={csvUrl}>
      <Table aria-label="Licenses per customer" className={tableStyles.table} sortable>
        <TableHeader>
          <TableRow>
            {COLUMNS.map(({ column, label, numeric }) => (
              <TableHeaderCell
                key={column}
                className={numeric ? styles.numberHeader : undefined}
                sortDirection={sort.column === column ? sort.direction : undefined}
                onClick={() => sortBy(column)}
              >
                {label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.map((row) => (
            <TableRow key={row.tenantId}>
              <TableCell>{row.name}</TableCell>
              <TableCell>{row.countryName}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.provisioned)}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.assigned)}</TableCell>
              <TableCell className={styles.number}>{formatPercent(percentOf(row))}</TableCell>
              <TableCell>{row.firstActivation ? formatDate(row.firstActivation) : <Text className={styles.muted}>—</Text>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > PAGE_SIZE && <Pager offset={start} pageSize={PAGE_SIZE} total={rows.length} onOffsetChange={setOffset} />}
    </WidgetCard>
  );
}
