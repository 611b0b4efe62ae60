import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { UserImportReport } from '../../../../api/users';
import { countOf } from '../../../../components/formatting';
import { useDataTableStyles } from '../../../../components/dataTable';
import { Section } from '../../../../components/Section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  line: { width: '80px' },
});

function summary(report: UserImportReport) {
  const accepted = countOf(report.created.length, 'user');
  const rejected = countOf(report.rejected.length, 'row');
  if (report.dryRun) {
    return report.rejected.length
      ? { intent: 'warning' as const, title: `${accepted} can be created; ${rejected} will be skipped`, text: 'Fix the rows below and check the file again, or import the users that passed.' }
      : { intent: 'success' as const, title: `All rows passed: ${accepted} can be created`, text: 'Nothing has been created yet. Select Import to create them.' };
  }
  return {
    intent: report.rejected.length ? ('warning' as const) : ('success' as const),
    title: `Created ${accepted}${report.rejected.length ? `; skipped ${rejected}` : ''}`,
    text: report.rejected.length ? 'The skipped rows are listed below with the reasons.' : 'The new users are in your directory.',
  };
}

/** Which rows of an import were (or would be) created, and why the others were not. */
export function ImportReport({ report }: { report: UserImportReport }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const { intent, title, text } = summary(report);
  return (
    <div className={styles.root}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
      {report.rejected.length > 0 && (
        <Section title="Rows with problems">
          <Table aria-label="Rows with problems" size="small" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.line}>Line</TableHeaderCell>
                <TableHeaderCell>User principal name</TableHeaderCell>
                <TableHeaderCell>Why it can't be imported</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.rejected.map((row) => (
                <TableRow key={row.line}>
                  <TableCell>{row.line}</TableCell>
                  <TableCell>{row.userPrincipalName ?? '—'}</TableCell>
                  <TableCell>
                    <ul className={styles.reasons}>
                      {row.errors.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
      {report.created.length > 0 && (
        <Section title={report.dryRun ? 'Users to create' : 'Created users'}>
          <Table aria-label={report.dryRun ? 'Users to create' : 'Created users'} size="small" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.line}>Line</TableHeaderCell>
                <TableHeaderCell>User principal name</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.created.map((row) => (
                <TableRow key={row.line}>
                  <TableCell>{row.line}</TableCell>
                  <TableCell>{row.userPrincipalName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
    </div>
  );
}
