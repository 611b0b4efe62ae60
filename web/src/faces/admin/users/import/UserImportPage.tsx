import {
  Button,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CheckmarkCircleRegular, DocumentRegular, FolderOpenRegular, PeopleRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { importUsers, type UserImportReport } from '../../../../api/users';
import { useDataTableStyles } from '../../../../components/dataTable';
import { countOf } from '../../../../components/formatting';
import { useNotify } from '../../../../components/Notifications';
import { PageHeader } from '../../../../components/PageHeader';
import { ParentLink } from '../../../../components/ParentLink';
import { Section } from '../../../../components/Section';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import { downloadImportTemplate, IMPORT_COLUMNS } from './csvTemplate';
import { FileProblems } from './FileProblems';
import { ImportReport } from './ImportReport';

const useStyles = makeStyles({
  steps: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(380px, 100%), 1fr))', gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fileName: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  hiddenInput: { display: 'none' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Creates many users from a CSV file: check it first, see every rejected row and why, then import. */
export function UserImportPage() {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const session = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy, error, submit, reset } = useSubmit();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<UserImportReport>();

  const chooseFile = (chosen: File | undefined) => {
    setFile(chosen);
    setReport(undefined);
    reset();
  };

  const run = (dryRun: boolean) =>
    submit(async () => {
      setReport(undefined);
      const result = await importUsers(session.tenant.id, file!, dryRun);
      setReport(result);
      if (!dryRun && result.created.length) notify(`Imported ${countOf(result.created.length, 'user')}`);
    });

  const readyToImport = report?.dryRun === true && report.created.length > 0;

  return (
    <>
      <PageHeader
        above={<ParentLink to="/admin/users">Users</ParentLink>}
        title="Import users"
        description={`Add many people to ${session.tenant.displayName} at once from a CSV file saved as UTF-8.`}
      />
      <div className={styles.steps}>
        <Section title="1. Prepare the file">
          <Table size="extra-small" aria-label="CSV columns" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Column</TableHeaderCell>
                <TableHeaderCell>What goes in it</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {IMPORT_COLUMNS.map((column) => (
                <TableRow key={column.header}>
                  <TableCell>
                    <Text weight="semibold">{column.header}</Text>
                    {column.required ? '' : <Text className={styles.muted}> (optional)</Text>}
                  </TableCell>
                  <TableCell>{column.describe(session.tenant.primaryDomain)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.row}>
            <Button icon={<ArrowDownloadRegular />} onClick={downloadImportTemplate}>
              Download CSV template
            </Button>
          </div>
        </Section>
        <Section title="2. Check and import">
          <Text className={styles.muted}>Checking creates nothing: it lists which rows would be imported and what is wrong with the others.</Text>
          <div className={styles.row}>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".csv,text/csv"
              aria-label="CSV file"
              onChange={(event) => chooseFile(event.target.files?.[0])}
            />
            <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
              Choose file
            </Button>
            <span className={styles.fileName}>
              <DocumentRegular aria-hidden />
              {file ? `${file.name} (${Math.ceil(file.size / 1024)} KB)` : 'No file chosen'}
            </span>
          </div>
          <div className={styles.row}>
            <Button icon={busy ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />} disabled={!file || busy} onClick={() => run(true)}>
              Check file
            </Button>
            <Button appearance="primary" icon={<PersonAddRegular />} disabled={!readyToImport || busy} onClick={() => run(false)}>
              {readyToImport ? `Import ${countOf(report.created.length, 'user')}` : 'Import'}
            </Button>
            {report && !report.dryRun && (
              <Button appearance="subtle" icon={<PeopleRegular />} onClick={() => navigate('/admin/users')}>
                Go to users
              </Button>
            )}
          </div>
        </Section>
      </div>
      {error && <FileProblems error={error} />}
      {report && <ImportReport report={report} />}
    </>
  );
}
