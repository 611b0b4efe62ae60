import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet, useLocation } from 'react-router-dom';
import { canUseFace, faceAt } from '../faces/catalog';
import { useSessionState } from '../session/SessionContext';
import { FaceNavigation } from './FaceNavigation';
import { TopBar } from './TopBar';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateAreas: '"top top" "nav main"',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gridTemplateRows: '48px 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    gridArea: 'main',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Top bar, the current face's left navigation, and the page. */
export function AppShell() {
  const styles = useStyles();
  const { session: current } = useSessionState();
  // A sign-in whose second factor is still due is not signed in yet (the API treats it as anonymous too).
  const session = current && current.signIn !== 'complete' ? null : current;
  const location = useLocation();
  const face = faceAt(location.pathname);
  const showNavigation = face !== undefined && canUseFace(face, session ?? null);

  return (
    <div className={styles.root}>
      <TopBar session={session} />
      {showNavigation && <FaceNavigation face={face} />}
      <main className={styles.main}>
        <Outlet />
      </main>
    </div>
  );
}
