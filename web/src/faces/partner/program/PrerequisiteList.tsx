import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, ClockRegular, DismissCircle20Filled } from '@fluentui/react-icons';
import type { Prerequisite, ProgramStanding } from '../../../api/program';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: '20px 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  met: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  waiting: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '20px' },
  message: { color: tokens.colorNeutralForeground2, gridColumn: 2 },
});

/** Each partner program prerequisite as met or missing, with what to do about it. */
export function PrerequisiteList({ standing }: { standing: Pick<ProgramStanding, 'prerequisites' | 'status'> }) {
  const styles = useStyles();
  const icon = (prerequisite: Prerequisite) => {
    if (prerequisite.met) return <CheckmarkCircle20Filled className={styles.met} aria-label="Met" />;
    if (prerequisite.key === 'programApproval' && standing.status === 'pending') return <ClockRegular className={styles.waiting} aria-label="Waiting" />;
    return <DismissCircle20Filled className={styles.missing} aria-label="Missing" />;
  };
  return (
    <ul className={styles.list} aria-label="Prerequisites">
      {standing.prerequisites.map((prerequisite) => (
        <li key={prerequisite.key} className={styles.item}>
          {icon(prerequisite)}
          <Text weight="semibold">
            {prerequisite.label}: {prerequisite.met ? 'met' : 'missing'}
          </Text>
          <Text size={200} className={styles.message}>
            {prerequisite.message}
          </Text>
        </li>
      ))}
    </ul>
  );
}
