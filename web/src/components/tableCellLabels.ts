/** The name of each column of the table's header row (its text, or its aria-label when it has no text), by column index. */
function columnNames(table: HTMLTableElement): string[] {
  const header = table.tHead?.rows[0];
  if (!header) return [];
  const names: string[] = [];
  for (const cell of Array.from(header.cells)) {
    const name = (cell.textContent ?? '').trim() || cell.getAttribute('aria-label') || '';
    for (let span = 0; span < cell.colSpan; span++) names.push(name);
  }
  return names;
}

/**
 * Gives every body cell of every table under `root` a data-label with its column's name (only where
 * it differs, so React's own nodes stay as they are): the list layout of data tables (dataTable.ts)
 * shows each cell under that name, so no page repeats its headers by hand.
 */
export function labelCells(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const names = columnNames(table);
    if (names.length === 0) continue;
    for (const body of Array.from(table.tBodies)) {
      for (const row of Array.from(body.rows)) {
        let column = 0;
        for (const cell of Array.from(row.cells)) {
          const name = names[column] ?? '';
          if (cell.getAttribute('data-label') !== name) cell.setAttribute('data-label', name);
          column += cell.colSpan;
        }
      }
    }
  }
}
