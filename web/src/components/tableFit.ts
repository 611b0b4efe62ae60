import { DATA_TABLE_CLASS, LIST_LAYOUT_ATTRIBUTE, LIST_LAYOUT_MAX_WIDTH } from './dataTable';

/** How wide each table was, as a table, when it last failed to fit: it stays a list until it has that much room. */
const widthAsTable = new WeakMap<HTMLTableElement, number>();

/**
 * How much room the table has: from its left edge to the nearest right edge of the content box of
 * any box around it, up to the page. Its parent alone is not enough: a grid column or a flex item
 * may have grown with the table and itself stick out of the page.
 */
function roomFor(table: HTMLTableElement): number {
  const left = table.getBoundingClientRect().left;
  let right = Infinity;
  for (let box = table.parentElement; box && box !== document.documentElement; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.display === 'contents' || style.display.startsWith('inline')) continue;
    const edge = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth - parseFloat(style.paddingRight);
    right = Math.min(right, edge);
  }
  return right - left;
}

/**
 * Keeps each data table under `root` a table while it fits the room it has, and marks it to show
 * its rows as cards (the phone layout, dataTable.ts) when it does not. On phones every data table
 * is a list anyway (a media query); this covers the widths above, where the room left depends on the
 * navigation, the columns of the page and the table's own content.
 */
export function fitTables(root: ParentNode): void {
  if (window.matchMedia(`(max-width: ${LIST_LAYOUT_MAX_WIDTH}px)`).matches) return;
  for (const table of Array.from(root.querySelectorAll<HTMLTableElement>(`table.${DATA_TABLE_CLASS}`))) {
    if (table.getAttribute(LIST_LAYOUT_ATTRIBUTE) === 'list') {
      // Tried as a table again only once there is room for it, so it does not flip back and forth.
      if (roomFor(table) < (widthAsTable.get(table) ?? 0)) continue;
      table.removeAttribute(LIST_LAYOUT_ATTRIBUTE);
    }
    const width = table.getBoundingClientRect().width;
    if (width > roomFor(table) + 0.5) {
      widthAsTable.set(table, width);
      table.setAttribute(LIST_LAYOUT_ATTRIBUTE, 'list');
    }
  }
}
