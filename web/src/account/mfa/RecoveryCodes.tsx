import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { CopyButton } from '../../components/CopyButton';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'repeat(2, max-content)', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`, margin: 0, padding: 0, listStyle: 'none' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase300 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Ten one-time recovery codes, shown once, for when the phone is lost. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const styles = useStyles();
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Save your recovery codes now</MessageBarTitle>
          Each code signs you in once if you lose your authenticator app. They are shown only now: keep them in a password manager or print them.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.header}>
        <ul className={styles.list} aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code} className={styles.code}>
              {code}
            </li>
          ))}
        </ul>
        <CopyButton text={codes.join('\n')} label="Copy the recovery codes" />
      </div>
    </>
  );
}
