import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';
import { openDialog } from './useReturnFocus';

/** How long a new page may take to show its heading (lazy code, data) before focus goes to the main region itself. */
const HEADING_WAIT_MS = 10_000;

const isTyping = (element: Element | null) =>
  element instanceof HTMLElement && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));

/** The heading a screen-reader or keyboard user should land on: the page title, else the first heading. */
const headingIn = (main: HTMLElement) => main.querySelector<HTMLElement>('h1') ?? main.querySelector<HTMLElement>('h2');

/**
 * Moves keyboard focus to the new page's heading after every navigation to another page of the app (not a change of filters) (not on the
 * first load, where the browser starts at the top). A page that loads its code or data first gets
 * focus when its heading appears; someone who already started typing on the new page keeps their place.
 */
export function useFocusPageOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const location = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const observer = new MutationObserver(() => tryFocus());
    let timeout = 0;
    let frame = 0;
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timeout);
      window.cancelAnimationFrame(frame);
    };
    const land = (target: HTMLElement) => {
      stop();
      if (isTyping(document.activeElement) && main.contains(document.activeElement)) return;
      // A dialog or drawer the navigation opened (an item's details) keeps focus.
      if (openDialog()) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    };
    function tryFocus() {
      const heading = headingIn(main!);
      if (heading) land(heading);
    }
    // After this render and after a closing drawer hands focus back to its button.
    frame = window.requestAnimationFrame(() => {
      timeout = window.setTimeout(() => {
        observer.observe(main, { childList: true, subtree: true });
        timeout = window.setTimeout(() => land(main), HEADING_WAIT_MS);
        tryFocus();
      }, 0);
    });
    return stop;
  }, [location.pathname]);
}
