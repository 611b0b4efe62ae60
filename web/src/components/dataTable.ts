import { makeStyles } from '@fluentui/react-components';

/**
 * Fluent tables lay columns out at fixed, equal widths, so long values (domains,
 * user principal names) spill into the next column. Data tables size columns to
 * their content instead, and break a long word only when it cannot fit.
 */
export const useDataTableStyles = makeStyles({
  table: {
    tableLayout: 'auto',
    '& td': { overflowWrap: 'break-word' },
  },
});
