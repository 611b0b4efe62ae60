import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, DocumentRegular, FolderZipRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../../../api/client';
import { isPackageProblem, PACKAGE_MAX_BYTES, uploadPackage, type PackageDetail } from '../../../../api/packages';
import { listedProblems } from '../../../../api/problemLists';
import { countOf } from '../../../../components/formatting';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useSession } from '../../../../session/SessionContext';
import { PackageProblemsTable } from './PackageProblemsTable';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  fileName: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
  muted: { color: tokens.colorNeutralForeground2 },
  progress: { maxWidth: '480px' },
});

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Uploads a solution package zip with a progress bar; lists every validation problem when it is refused. */
export function PackageUpload({ offerId, canWrite, onUploaded }: { offerId: string; canWrite: boolean; onUploaded(pkg: PackageDetail): void }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<ApiError>();
  const tooLarge = file !== undefined && file.size > PACKAGE_MAX_BYTES;
  const problems = listedProblems(error, isPackageProblem) ?? [];

  const upload = async () => {
    if (!file) return;
    setError(undefined);
    setProgress(0);
    try {
      const uploaded = await uploadPackage(session.tenant.id, offerId, file, setProgress);
      notify(`Version ${uploaded.version} was uploaded and is now current`);
      setFile(undefined);
      if (input.current) input.current.value = '';
      onUploaded(uploaded);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Section title="Upload a new version">
      <Text className={styles.muted}>
        A zip built with <code>licensehub solution pack</code>: the solution manifest, the license metadata made from your plan CSVs, and your components. It is checked against
        this offer's plans; an invalid package is not stored. At most {sizeOf(PACKAGE_MAX_BYTES)}.
      </Text>
      {canWrite && (
        <>
          <div className={styles.row}>
            <input
              ref={input}
              className={styles.hidden}
              type="file"
              accept=".zip,application/zip"
              aria-label="Package file"
              onChange={(event) => {
                setFile(event.target.files?.[0]);
                setError(undefined);
              }}
            />
            <Button icon={<FolderZipRegular />} onClick={() => input.current?.click()} disabled={progress !== undefined}>
              Choose package
            </Button>
            <span className={styles.fileName}>
              <DocumentRegular aria-hidden />
              {file ? `${file.name} (${sizeOf(file.size)})` : 'No file chosen'}
            </span>
            <Button appearance="primary" icon={<ArrowUploadRegular />} disabled={!file || tooLarge || progress !== undefined} onClick={() => void upload()}>
              Upload
            </Button>
          </div>
          {progress !== undefined && (
            <Field
              className={styles.progress}
              label={progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : 'Checking the package…'}
              validationState="none"
            >
              <ProgressBar value={progress < 1 ? progress : undefined} thickness="large" aria-label="Upload progress" />
            </Field>
          )}
          {tooLarge && (
            <MessageBar intent="error">
              <MessageBarBody>
                {file.name} is {sizeOf(file.size)}; a package may be at most {sizeOf(PACKAGE_MAX_BYTES)}.
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problems.length ? `The package was refused: ${countOf(problems.length, 'problem')}` : error.title}</MessageBarTitle>
            {problems.length ? 'Fix every problem below, pack the solution again and upload it.' : error.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && <PackageProblemsTable problems={problems} label="Upload problems" />}
    </Section>
  );
}
