import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { canUseFace, faceAt } from '../faces/catalog';
import { useSessionState } from '../session/SessionContext';
import { AppErrorBoundary } from './AppErrorBoundary';
import { useDataTables } from './dataTables';
import { FaceNavigation } from './FaceNavigation';
import { MAIN_CONTENT_ID } from './mainContent';
import { useFocusPageOnNavigation } from './pageFocus';
import { SessionExpiredDialog } from './SessionExpiredDialog';
import { TopBar } from './TopBar';
import { useCompactLayout } from './useMediaQuery';


const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateAreas: '"top top" "nav main"',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gridTemplateRows: '48px minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  compact: { gridTemplateAreas: '"top" "main"', gridTemplateColumns: 'minmax(0, 1fr)' },
  main: {
    gridArea: 'main',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { outline: 'none' },
  },
  mainCompact: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  skipLink: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { top: tokens.spacingVerticalS, outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Top bar, the current face's left navigation, and the page. On narrow screens (phones, small
 * tablets) the navigation and the face switcher move into a drawer behind the top bar's menu
 * button and the page takes the full width.
 */
export function AppShell() {
  const styles = useStyles();
  const { session: current } = useSessionState();
  // A sign-in whose second factor is still due is not signed in yet (the API treats it as anonymous too).
  const session = current && current.signIn !== 'complete' ? null : current;
  const location = useLocation();
  const face = faceAt(location.pathname);
  const showNavigation = face !== undefined && canUseFace(face, session ?? null);
  const compact = useCompactLayout();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useFocusPageOnNavigation(mainRef);
  useDataTables();

  // Going somewhere closes the drawer; so does growing past the compact width.
  useEffect(() => setDrawerOpen(false), [location.pathname, compact]);

  return (
    <div className={mergeClasses(styles.root, compact && styles.compact)}>
      <a className={styles.skipLink} href={`#${MAIN_CONTENT_ID}`} onClick={(event) => {
        event.preventDefault();
        mainRef.current?.focus();
      }}>
        Skip to main content
      </a>
      <TopBar session={session} compact={compact} menuOpen={drawerOpen} onMenu={() => setDrawerOpen(true)} />
      {compact ? (
        <FaceNavigation face={showNavigation ? face : undefined} session={session ?? null} drawer={{ open: drawerOpen, onClose: () => setDrawerOpen(false) }} />
      ) : (
        showNavigation && <FaceNavigation face={face} session={session ?? null} />
      )}
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={mergeClasses(styles.main, compact && styles.mainCompact)}>
        <AppErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </AppErrorBoundary>
      </main>
      <SessionExpiredDialog />
    </div>
  );
}
