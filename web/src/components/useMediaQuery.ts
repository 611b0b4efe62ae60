import { useEffect, useState } from 'react';

/** Whether the viewport matches a CSS media query, following changes (rotating a phone, resizing a window). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/**
 * Below this width the left navigation and the face switcher move into a drawer opened from the
 * top bar's menu button, and the page gets the full width (phones, small tablets).
 */
export const COMPACT_LAYOUT = '(max-width: 1023.98px)';

export const useCompactLayout = () => useMediaQuery(COMPACT_LAYOUT);
