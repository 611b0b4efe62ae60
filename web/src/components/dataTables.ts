import { useEffect } from 'react';
import { DATA_TABLE_CLASS } from './dataTable';
import { labelCells } from './tableCellLabels';
import { fitTables } from './tableFit';

/**
 * One observer for the whole app keeps every table's cells labelled with their column's name and
 * every data table a table only while it fits, as pages render, page through and reload rows, and as
 * the window or the room around a table changes. It watches the whole document, not only the page:
 * Fluent renders dialogs and drawers in portals outside it, and their tables need the same.
 */
export function useDataTables(): void {
  useEffect(() => {
    const root = document.body;
    let frame = 0;
    const update = () => {
      frame = 0;
      labelCells(root);
      fitTables(root);
      // The room of a table changes with its holder's width: watch the holders on the page, let go of those gone.
      for (const holder of holders) {
        if (!holder.isConnected) {
          resizes.unobserve(holder);
          holders.delete(holder);
        }
      }
      for (const table of Array.from(root.querySelectorAll(`table.${DATA_TABLE_CLASS}`))) {
        const holder = table.parentElement;
        if (holder && !holders.has(holder)) {
          holders.add(holder);
          resizes.observe(holder);
        }
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const resizes = new ResizeObserver(schedule);
    const holders = new Set<Element>();
    // Only added and removed nodes and text: the labels and layouts this sets are attributes, so they never wake it again.
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, { childList: true, subtree: true, characterData: true });
    window.addEventListener('resize', schedule);
    update();
    return () => {
      mutations.disconnect();
      resizes.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
}
