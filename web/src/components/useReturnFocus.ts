import { useEffect, useRef } from 'react';

/**
 * A dialog, drawer or alert that is open now and holds focus. The navigation drawer does not
 * count: choosing a page in it closes it, and the new page's heading takes focus.
 */
export const openDialog = () =>
  document.querySelector('[role="dialog"]:not([data-navigation-drawer]), [role="alertdialog"], [aria-modal="true"]:not([data-navigation-drawer])');

/**
 * Gives focus back to the element that opened a dialog, drawer or menu once it closes (or unmounts),
 * so keyboard and screen-reader users continue where they were instead of at the top of the page.
 * Focus that already went somewhere on purpose (a new page's heading, another field) is left alone.
 */
export function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while rendering the opening: the dialog moves focus into itself in its own effects, before ours run.
  if (open && !wasOpen.current) {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  wasOpen.current = open;

  useEffect(() => {
    if (!open) return;
    const target = opener.current;
    return () => {
      if (!target) return;
      // After the closing surface has left the DOM (Fluent animates it out).
      const restore = () => {
        const active = document.activeElement;
        const lost = !active || active === document.body || !active.isConnected;
        // Another dialog or drawer opened in its place (e.g. the new item's details): it owns focus now.
        if (lost && target.isConnected && !openDialog()) target.focus();
      };
      window.requestAnimationFrame(restore);
      window.setTimeout(restore, 400);
    };
  }, [open]);
}
