import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { getNotificationPreferences, setNotificationPreferences, type NotificationKind } from '../api/notifications';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNotify } from '../components/Notifications';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { useApiResource } from '../components/useApiResource';
import { useSubmit } from '../components/useSubmit';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  description: { color: tokens.colorNeutralForeground2, marginLeft: '44px', marginTop: `-${tokens.spacingVerticalS}` },
});

/** Account → Notifications: which notifications also reach the person by email. */
export function NotificationSettingsPage() {
  const styles = useStyles();
  const notify = useNotify();
  const preferences = useApiResource((signal) => getNotificationPreferences(signal), []);
  const [email, setEmail] = useState<Partial<Record<NotificationKind, boolean>>>({});
  useEffect(() => {
    if (preferences.data) setEmail(Object.fromEntries(preferences.data.items.map((p) => [p.kind, p.email])));
  }, [preferences.data]);
  const save = useSubmit();

  return (
    <div className={styles.page}>
      <PageHeader
        title="Notifications"
        description="Everything you are told appears under the bell in the top bar. Choose which of it also reaches you by email."
      />
      <ErrorMessage error={preferences.error} />
      {!preferences.data && preferences.loading && <Spinner label="Loading your settings…" />}
      {preferences.data && (
        <Section title="Email">
          {!preferences.data.emailAvailable && (
            <MessageBar intent="info">
              <MessageBarBody>This server sends no email (no SMTP server is configured); your choices apply once it does.</MessageBarBody>
            </MessageBar>
          )}
          <form
            className={styles.list}
            onSubmit={(event) => {
              event.preventDefault();
              void save.submit(() => setNotificationPreferences(email)).then((saved) => {
                if (!saved) return;
                notify('Email settings saved');
                preferences.reload();
              });
            }}
          >
            {preferences.data.items.map((item) => (
              <div key={item.kind}>
                <Switch
                  label={item.label}
                  checked={email[item.kind] ?? true}
                  onChange={(_, data) => setEmail((current) => ({ ...current, [item.kind]: data.checked }))}
                />
                <Text as="p" size={200} className={styles.description}>
                  {item.description}
                </Text>
              </div>
            ))}
            <ErrorMessage error={save.error} title="Couldn't save your settings" />
            <div>
              <Button appearance="primary" type="submit" disabled={save.busy}>
                Save
              </Button>
            </div>
          </form>
        </Section>
      )}
    </div>
  );
}
