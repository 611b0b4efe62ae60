import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ApiError } from '../../../../api/client';
import { listedProblems } from '../../../../api/problemLists';
import { isCsvFileProblem, type CsvFileProblem } from '../../../../api/users';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

const where = (problem: CsvFileProblem) => `Line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`;

/** Why the whole file was refused (encoding, header) — or any other failure of the upload. */
export function FileProblems({ error }: { error: ApiError }) {
  const styles = useStyles();
  const problems = listedProblems(error, isCsvFileProblem) ?? [];
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {problems.length ? (
          <ul className={styles.list}>
            {problems.map((problem, index) => (
              <li key={index}>
                {where(problem)}: {problem.message}
              </li>
            ))}
          </ul>
        ) : (
          error.detail
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
