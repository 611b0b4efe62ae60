import { makeStyles, NavDrawer, NavDrawerBody, NavDrawerFooter, NavDrawerHeader, NavItem, NavSectionHeader, Button, tokens, NavDivider } from '@fluentui/react-components';
import { DismissRegular, DocumentText20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Session } from '../api/auth';
import { canUseFace, FACES, faceAt, pageAt, visiblePages, type Face } from '../faces/catalog';
import { useReturnFocus } from './useReturnFocus';

const useStyles = makeStyles({
  root: { gridArea: 'nav', height: '100%', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  drawer: { maxWidth: '85vw' },
  drawerHeader: { display: 'flex', justifyContent: 'flex-end' },
});

interface FaceNavigationProps {
  /** The current face, when this session may use it; the drawer then lists its pages below the face switcher. */
  face: Face | undefined;
  session: Session | null;
  /** On narrow screens: a drawer over the page, with the face switcher at its top. */
  drawer?: { open: boolean; onClose(): void };
}

/** The left navigation of the current face (on narrow screens, a drawer that also switches faces). */
export function FaceNavigation({ face, session, drawer }: FaceNavigationProps) {
  const styles = useStyles();
  const location = useLocation();
  const navigate = useNavigate();
  useReturnFocus(drawer?.open ?? false);
  const current = face ? pageAt(face, location.pathname) : undefined;
  const go = (path: string) => {
    drawer?.onClose();
    navigate(path);
  };
  const item = (value: string, label: string, path: string, icon: ReactElement) => (
    <NavItem
      key={value}
      value={value}
      href={path}
      icon={icon}
      onClick={(event) => {
        event.preventDefault();
        go(path);
      }}
    >
      {label}
    </NavItem>
  );

  const pages = face && (
    <>
      <NavSectionHeader>{face.name}</NavSectionHeader>
      {visiblePages(face, session).map((page) => item(page.path, page.label, page.path, <page.icon />))}
    </>
  );
  const footer = (
    <NavDrawerFooter>
      <NavItem value="api-docs" href="/docs" target="_blank" icon={<DocumentText20Regular />}>
        API reference
      </NavItem>
    </NavDrawerFooter>
  );

  if (!drawer) {
    return (
      <NavDrawer open type="inline" selectedValue={current?.path ?? ''} className={styles.root} aria-label={`${face?.name ?? 'LicenseHub'} navigation`}>
        <NavDrawerBody>{pages}</NavDrawerBody>
        {footer}
      </NavDrawer>
    );
  }

  const faces = FACES.filter((candidate) => candidate.inSwitcher && canUseFace(candidate, session));
  const currentFace = faceAt(location.pathname);
  return (
    <NavDrawer
      type="overlay"
      open={drawer.open}
      onOpenChange={(_, data) => !data.open && drawer.onClose()}
      selectedValue={current?.path ?? (currentFace ? `face:${currentFace.id}` : '')}
      className={styles.drawer}
      // A modal drawer is a dialog (aria-modal is not allowed on role=navigation).
      role="dialog"
      aria-label="Navigation"
      data-navigation-drawer=""
    >
      <NavDrawerHeader className={styles.drawerHeader}>
        <Button appearance="subtle" icon={<DismissRegular />} aria-label="Close navigation" onClick={drawer.onClose} />
      </NavDrawerHeader>
      <NavDrawerBody>
        <NavSectionHeader>Product areas</NavSectionHeader>
        {faces.map((candidate) => {
          const Icon = candidate.pages[0]!.icon;
          return item(`face:${candidate.id}`, candidate.name, candidate.pages[0]!.path, <Icon />);
        })}
        {pages && <NavDivider />}
        {pages}
      </NavDrawerBody>
      {footer}
    </NavDrawer>
  );
}
