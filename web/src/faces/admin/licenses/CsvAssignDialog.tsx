import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { assignLicensesFromCsv, type AssignmentResult, type Product } from '../../../api/licenses';
import { FormDialog } from '../../../components/FormDialog';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { FileProblems } from '../users/import/FileProblems';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  fileName: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
  sample: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    whiteSpace: 'pre',
  },
});

const sampleFor = (domain: string) => `User principal name,Display name\nmegan.bowen@${domain},Megan Bowen\nnestor.wilke@${domain},Nestor Wilke`;

/** Assigns the product to every user listed in a CSV file; a file with any problem assigns nobody. */
export function CsvAssignDialog({ product, onClose, onAssigned }: { product: Product; onClose(): void; onAssigned(result: AssignmentResult): void }) {
  const styles = useStyles();
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, submit } = useSubmit();
  const [file, setFile] = useState<File>();

  const assign = () =>
    submit(async () => {
      if (!file) return;
      onAssigned(await assignLicensesFromCsv(session.tenant.id, product.planId, file));
    });

  return (
    <FormDialog
      open
      title={`Assign ${product.name} from a CSV file`}
      submitLabel="Assign"
      busy={busy}
      error={undefined}
      fields={[]}
      submitDisabled={!file}
      onSubmit={assign}
      onClose={onClose}
    >
      <Text>
        A UTF-8 CSV file with a <strong>User principal name</strong> column, one user per line (other columns are ignored). If any line has a problem, nobody is assigned.
      </Text>
      <pre className={styles.sample} aria-label="Example file">
        {sampleFor(session.tenant.primaryDomain)}
      </pre>
      <div className={styles.row}>
        <input ref={input} className={styles.hidden} type="file" accept=".csv,text/csv" aria-label="Assignment CSV file" onChange={(event) => setFile(event.target.files?.[0])} />
        <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
          Choose file
        </Button>
        <span className={styles.fileName}>
          <DocumentRegular aria-hidden />
          {file ? `${file.name} (${Math.ceil(file.size / 1024)} KB)` : 'No file chosen'}
        </span>
      </div>
      {error && <FileProblems error={error} />}
    </FormDialog>
  );
}
