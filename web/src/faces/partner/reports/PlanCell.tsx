import { makeStyles, TableCell, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  serviceId: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** A report table's plan column: the plan's name with its Service ID under it. */
export function PlanCell({ planName, serviceId }: { planName: string; serviceId: string }) {
  const styles = useStyles();
  return (
    <TableCell>
      <Text block>{planName}</Text>
      <Text block className={styles.serviceId}>
        {serviceId}
      </Text>
    </TableCell>
  );
}
