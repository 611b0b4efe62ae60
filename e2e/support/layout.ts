import type { Page } from 'playwright-core';

/** Where the page reaches past the screen or its content past the box it sits in, one line each ("" when none). */
export interface Overflow {
  /** The whole page scrolls sideways. */
  pageScrolls: boolean;
  /** Elements of the page (main) or of an open dialog or drawer that reach out of their frame, and boxes holding content wider than themselves. */
  offenders: string[];
}

/**
 * Every element inside main and inside open dialogs and drawers (Fluent renders those outside main)
 * must stay within the frame that holds it — main's content box, a card, a table cell, the dialog —
 * and no box may hold content wider than itself (it would scroll sideways or cut it off). Text
 * fields scroll their own text, text cut with an ellipsis is cut on purpose, and a carousel that
 * snaps sideways and takes keyboard focus scrolls on purpose: those are left alone.
 */
export const overflowOf = (page: Page): Promise<Overflow> =>
  page.evaluate(() => {
    const offenders: string[] = [];
    const main = document.querySelector('main');
    const overlays = [...document.querySelectorAll('.fui-DialogSurface, .fui-OverlayDrawer')];
    const roots = [...(main ? [main] : []), ...overlays];
    const frames = '.fui-Card, td, th, .fui-DialogSurface, .fui-OverlayDrawer';
    const flagged = new Set<Element>();
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (element.closest('[data-tabster-dummy]')) continue;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        // One pixel or less: visually hidden on purpose (Fluent's hidden expand buttons, screen-reader-only text).
        if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.display.startsWith('inline') && style.display !== 'inline-block' && style.display !== 'inline-flex' && style.display !== 'inline-grid') continue;
        const name = `${element.tagName.toLowerCase()}${element.getAttribute('aria-label') ? `[${element.getAttribute('aria-label')}]` : ''}${[...element.classList].filter((c) => c.startsWith('fui-')).map((c) => `.${c}`).join('')} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
        const clips = style.overflowX !== 'visible';
        const field = element.matches('input, textarea, select');
        // A carousel (snapping sideways, focusable for the keyboard) scrolls sideways on purpose.
        const carousel = /\b(x|both|inline)\b/.test(style.scrollSnapType) && (element as HTMLElement).tabIndex >= 0;
        if (clips && !field && !carousel && style.textOverflow !== 'ellipsis' && element.scrollWidth > element.clientWidth + 1) {
          flagged.add(element);
          offenders.push(`${name} holds content ${element.scrollWidth} px wide in ${element.clientWidth} px`);
        }
        if (element === root || style.position === 'fixed') continue;
        // The frame it must stay in; inside a box that clips, that box was judged above.
        let frame: Element | null = null;
        let inside = false;
        for (let up = element.parentElement; up; up = up.parentElement) {
          if (up !== root && flagged.has(up)) inside = true;
          if (up === root || up.matches(frames)) {
            frame = up;
            break;
          }
          if (getComputedStyle(up).overflowX !== 'visible') break;
        }
        if (!frame || inside) continue;
        const frameStyle = getComputedStyle(frame);
        const edge = frame.getBoundingClientRect();
        const padded = frame === main;
        const left = edge.left + parseFloat(frameStyle.borderLeftWidth) + (padded ? parseFloat(frameStyle.paddingLeft) : 0);
        const right = edge.right - parseFloat(frameStyle.borderRightWidth) - (padded ? parseFloat(frameStyle.paddingRight) : 0);
        if (box.right > right + 1 || box.left < left - 1) {
          flagged.add(element);
          offenders.push(`${name} reaches ${Math.round(box.left)}–${Math.round(box.right)} px, out of ${Math.round(left)}–${Math.round(right)} px`);
        }
      }
    }
    return { pageScrolls: document.documentElement.scrollWidth > window.innerWidth, offenders };
  });

/** How each data table with rows (in main, a dialog or a drawer) is laid out now. */
export interface TableLayout {
  name: string | null;
  /** "block" when its rows are cards (the phone layout), "table" otherwise. */
  display: string;
  headerShown: boolean;
  rows: number;
  /** Cells whose column has a name but which do not carry it (selection-box columns have none to carry). */
  unlabelledCells: number;
  firstLabel: string | null;
  /** What the first cell shows before its content: its column's name in the phone layout. */
  firstLabelShown: string;
}

export const tableLayoutsOf = (page: Page, scope = 'main'): Promise<TableLayout[]> =>
  page.evaluate((selector) => {
    const tables = [...document.querySelectorAll(`${selector} table`)].filter((table): table is HTMLTableElement => table instanceof HTMLTableElement && Boolean(table.tBodies[0]?.rows.length));
    return tables.map((table) => {
      const rows = [...table.tBodies[0]!.rows];
      const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => (cell.textContent ?? '').trim() || cell.getAttribute('aria-label') || '');
      const cells = rows.flatMap((row) => [...row.cells]);
      const first = rows[0]!.cells[0]!;
      return {
        name: table.getAttribute('aria-label'),
        display: getComputedStyle(table).display,
        headerShown: table.tHead ? getComputedStyle(table.tHead).display !== 'none' : false,
        rows: rows.length,
        unlabelledCells: cells.filter((cell) => headers[cell.cellIndex] && cell.getAttribute('data-label') !== headers[cell.cellIndex]).length,
        firstLabel: first.getAttribute('data-label'),
        firstLabelShown: getComputedStyle(first, '::before').content,
      };
    });
  }, scope);
