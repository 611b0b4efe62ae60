import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { Session } from '../api/auth';
import { canUseFace, faceAt, FACES } from '../faces/catalog';
import { AccountMenu } from './AccountMenu';
import { NotificationBell } from './NotificationBell';
import { ProductLogo } from './ProductLogo';

const useStyles = makeStyles({
  root: {
    gridArea: 'top',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXL,
    height: '48px',
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: 'inherit', textDecoration: 'none' },
  faces: { display: 'flex', alignSelf: 'stretch', gap: tokens.spacingHorizontalXS, flexGrow: 1 },
  face: {
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    borderBottom: '3px solid transparent',
    borderTop: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  currentFace: { fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorNeutralForegroundOnBrand },
  signIn: { color: tokens.colorBrandForeground1 },
});

/** `session` is undefined while the first session check runs. */
export function TopBar({ session }: { session: Session | null | undefined }) {
  const styles = useStyles();
  const location = useLocation();
  const navigate = useNavigate();
  const currentFace = faceAt(location.pathname);
  const faces = FACES.filter((face) => face.inSwitcher && canUseFace(face, session ?? null));

  return (
    <header className={styles.root}>
      <Link to="/" className={styles.brand}>
        <ProductLogo />
        <Text size={400} weight="semibold">
          LicenseHub
        </Text>
      </Link>
      <nav aria-label="Product areas" className={styles.faces}>
        {faces.map((face) => (
          <Link
            key={face.id}
            to={face.pages[0]!.path}
            aria-current={face === currentFace ? 'page' : undefined}
            className={mergeClasses(styles.face, face === currentFace && styles.currentFace)}
          >
            {face.name}
          </Link>
        ))}
      </nav>
      {session && <NotificationBell />}
      {session && <AccountMenu session={session} />}
      {session === null && (
        <Button className={styles.signIn} onClick={() => navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`)}>
          Sign in
        </Button>
      )}
    </header>
  );
}
