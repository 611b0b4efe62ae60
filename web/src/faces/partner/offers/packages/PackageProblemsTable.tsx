import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useDataTableStyles } from '../../../../components/dataTable';

/** A validation problem with where it is (package and publish problems share this shape). */
export interface LocatedProblem {
  code: string;
  severity?: 'error' | 'warning';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

const useStyles = makeStyles({
  where: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

/** "license.json, line 3, column 7" or "solution.json › appModules[2].uniqueName". */
export function problemLocation(problem: LocatedProblem): string {
  if (!problem.file) return '—';
  if (problem.line !== undefined) return `${problem.file}:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`;
  if (problem.path) return `${problem.file} › ${problem.path}`;
  return problem.file;
}

/** Every problem validation found in a package, each with its file and line, column or JSON path. */
export function PackageProblemsTable({ problems, label = 'Package problems' }: { problems: LocatedProblem[]; label?: string }) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  return (
    <Table aria-label={label} size="small" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: '90px' }}>Severity</TableHeaderCell>
          <TableHeaderCell style={{ width: '28%' }}>Where</TableHeaderCell>
          <TableHeaderCell>Problem</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {problems.map((problem, index) => (
          <TableRow key={index}>
            <TableCell>
              <Badge appearance="tint" color={problem.severity === 'warning' ? 'warning' : 'danger'}>
                {problem.severity === 'warning' ? 'Warning' : 'Error'}
              </Badge>
            </TableCell>
            <TableCell className={styles.where}>{problemLocation(problem)}</TableCell>
            <TableCell>
              {problem.message}
              <div className={styles.code}>{problem.code}</div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
