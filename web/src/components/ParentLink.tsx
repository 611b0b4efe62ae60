import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'none',
    ':hover': { textDecoration: 'underline' },
  },
});

/** "← Groups": back to the list a detail page belongs to. */
export function ParentLink({ to, children }: { to: string; children: string }) {
  const styles = useStyles();
  return (
    <Link to={to} className={styles.root}>
      <ArrowLeftRegular aria-hidden />
      {children}
    </Link>
  );
}
