import { makeStyles, NavDrawer, NavDrawerBody, NavDrawerFooter, NavItem, NavSectionHeader, tokens } from '@fluentui/react-components';
import { DocumentText20Regular } from '@fluentui/react-icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { pageAt, visiblePages, type Face } from '../faces/catalog';
import { useSessionState } from '../session/SessionContext';

const useStyles = makeStyles({
  root: { gridArea: 'nav', height: '100%', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** The left navigation of the current face. */
export function FaceNavigation({ face }: { face: Face }) {
  const styles = useStyles();
  const location = useLocation();
  const navigate = useNavigate();
  const { session } = useSessionState();
  const current = pageAt(face, location.pathname);

  return (
    <NavDrawer open type="inline" selectedValue={current?.path ?? ''} className={styles.root} aria-label={`${face.name} navigation`}>
      <NavDrawerBody>
        <NavSectionHeader>{face.name}</NavSectionHeader>
        {visiblePages(face, session ?? null).map((page) => (
          <NavItem
            key={page.path}
            value={page.path}
            href={page.path}
            icon={<page.icon />}
            onClick={(event) => {
              event.preventDefault();
              navigate(page.path);
            }}
          >
            {page.label}
          </NavItem>
        ))}
      </NavDrawerBody>
      <NavDrawerFooter>
        <NavItem value="api-docs" href="/docs" target="_blank" icon={<DocumentText20Regular />}>
          API reference
        </NavItem>
      </NavDrawerFooter>
    </NavDrawer>
  );
}
