import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Below this width a data table shows each row as a card, each cell under its column's name (tableCellLabels.ts). */
export const LIST_LAYOUT_MAX_WIDTH = 639.98;

/** Every data table carries this class, so the shell's observer (dataTables.ts) finds them all. */
export const DATA_TABLE_CLASS = 'lh-data-table';

/** Set by tableFit.ts on a data table too wide for the room it has: it shows its rows as cards at any width. */
export const LIST_LAYOUT_ATTRIBUTE = 'data-layout';

/** Each row a card, each cell a line "column name · value", the name coming from the cell's data-label. */
const listLayout = {
  display: 'block',
  width: '100%',
  '& thead': { display: 'none' },
  '& tbody': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Where a card is wide (a table too wide for the room beside the navigation), its lines sit in columns.
  '& tr': {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(300px, 100%), 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // The column name on the left, everything the cell holds stacked on the right.
  '& td': {
    display: 'grid',
    gridTemplateColumns: 'minmax(88px, 36%) minmax(0, 1fr)',
    gridAutoFlow: 'row dense',
    alignItems: 'start',
    justifyItems: 'start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: 0,
    width: 'auto !important',
    minWidth: 0,
    height: 'auto',
    padding: `${tokens.spacingVerticalXS} 0`,
    overflowWrap: 'anywhere',
  },
  '& td > *': { gridColumn: '2', maxWidth: '100%' },
  '& td::before': {
    content: 'attr(data-label)',
    gridColumn: '1',
    gridRow: '1 / span 8',
    color: tokens.colorNeutralForeground3,
    // The name reads as a label even where the cell's value is set in another face (identifiers in monospace).
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: '2px',
  },
  // An empty cell (no actions on this row) shows no line at all.
  '& td:empty': { display: 'none' },
  // A cell without a column name (a selection box) takes the whole line.
  '& td:not([data-label])': { display: 'block' },
  '& td[data-label=""]': { display: 'block' },
  '& td:not([data-label])::before': { display: 'none' },
  '& td[data-label=""]::before': { display: 'none' },
} as const;

/**
 * Every data table of the app (Table with this class). Fluent tables lay columns out at fixed, equal
 * widths, so long values (domains, user principal names) spill into the next column: data tables size
 * columns to their content instead, and break a long word only when it cannot fit.
 *
 * On phones a table of six columns cannot fit 360 px, so each row becomes a card and each cell a line
 * "column name · value", the name coming from the cell's data-label (set from the header row for
 * every table of the app by the shell's observer, dataTables.ts). Wider screens get the same cards
 * for a table that still has too little room (eight columns beside the navigation at 1024 px, a
 * table in a narrow column or drawer): tableFit.ts marks it. Otherwise nothing changes: a real
 * table, with its header cells, for screen readers.
 */
const useStyles = makeStyles({
  table: {
    tableLayout: 'auto',
    '& td': { overflowWrap: 'break-word' },
    [`@media (max-width: ${LIST_LAYOUT_MAX_WIDTH}px)`]: listLayout,
    [`&[${LIST_LAYOUT_ATTRIBUTE}="list"]`]: listLayout,
  },
});

export function useDataTableStyles(): { table: string } {
  const styles = useStyles();
  return { table: mergeClasses(DATA_TABLE_CLASS, styles.table) };
}
