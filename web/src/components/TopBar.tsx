import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { NavigationRegular } from '@fluentui/react-icons';
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
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  compact: { gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalS}` },
  menu: { color: tokens.colorNeutralForegroundOnBrand, ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover } },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: 'inherit', textDecoration: 'none', whiteSpace: 'nowrap' },
  faces: { display: 'flex', alignSelf: 'stretch', gap: tokens.spacingHorizontalXS, flexGrow: 1 },
  spacer: { flexGrow: 1 },
  face: {
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    whiteSpace: 'nowrap',
    borderBottom: '3px solid transparent',
    borderTop: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorNeutralForegroundOnBrand}`, outlineOffset: '-4px' },
  },
  currentFace: { fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorNeutralForegroundOnBrand },
  signIn: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

interface TopBarProps {
  /** undefined while the first session check runs. */
  session: Session | null | undefined;
  /** Narrow screens: a menu button opens the navigation drawer, which also switches faces. */
  compact: boolean;
  menuOpen: boolean;
  onMenu(): void;
}

export function TopBar({ session, compact, menuOpen, onMenu }: TopBarProps) {
  const styles = useStyles();
  const location = useLocation();
  const navigate = useNavigate();
  const currentFace = faceAt(location.pathname);
  const faces = FACES.filter((face) => face.inSwitcher && canUseFace(face, session ?? null));

  return (
    <header className={mergeClasses(styles.root, compact && styles.compact)}>
      {compact && (
        <Button
          appearance="transparent"
          className={styles.menu}
          icon={<NavigationRegular />}
          aria-label="Open navigation"
          aria-expanded={menuOpen}
          onClick={onMenu}
        />
      )}
      <Link to="/" className={styles.brand}>
        <ProductLogo />
        <Text size={400} weight="semibold">
          LicenseHub
        </Text>
      </Link>
      {compact ? (
        <span className={styles.spacer} />
      ) : (
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
      )}
      {session && <NotificationBell />}
      {session && <AccountMenu session={session} compact={compact} />}
      {session === null && (
        <Button className={styles.signIn} onClick={() => navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`)}>
          Sign in
        </Button>
      )}
    </header>
  );
}
