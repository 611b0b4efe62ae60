import { Button, Dropdown, Field, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { getInstallTargets, installFromListing, type Installation, type MarketplaceListing } from '../../api/marketplace';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldMessage } from '../../components/fieldErrors';
import { FormDialog } from '../../components/FormDialog';
import { LoadingState } from '../../components/LoadingState';
import { RouterLink } from '../../components/RouterLink';
import { useApiResource } from '../../components/useApiResource';
import { useSubmit } from '../../components/useSubmit';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
  admins: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  adminList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  option: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, width: '100%' },
});

interface GetItNowDialogProps {
  listing: MarketplaceListing;
  onClose(): void;
}

/**
 * "Get it now" for a signed-in visitor: an admin of the organization chooses
 * an environment and installs the app; anyone else is told whom to ask.
 */
export function GetItNowDialog({ listing, onClose }: GetItNowDialogProps) {
  const styles = useStyles();
  const targets = useApiResource((signal) => getInstallTargets(listing.slug, signal), [listing.slug]);
  const { busy, error, submit } = useSubmit();
  const [environmentId, setEnvironmentId] = useState('');
  const [installed, setInstalled] = useState<Installation>();
  const title = `Get ${listing.name}`;
  const environments = targets.data?.environments ?? [];
  const chosen = environments.find((e) => e.id === environmentId) ?? environments.find((e) => e.isDefault && !e.installedVersion) ?? environments.find((e) => !e.installedVersion);
  const done = (
    <Button appearance="primary" onClick={onClose}>
      {installed ? 'Done' : 'Close'}
    </Button>
  );

  const install = () =>
    submit(async () => {
      if (chosen) setInstalled(await installFromListing(listing.slug, chosen.id));
    });

  if (installed) {
    return (
      <FormDialog open title={title} submitLabel="Install" busy={false} error={undefined} fields={[]} onSubmit={onClose} onClose={onClose} actions={done}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {listing.name} {installed.version} was installed in {installed.environment.name}
            </MessageBarTitle>
            Users open it with the licenses your organization assigns them.
          </MessageBarBody>
        </MessageBar>
        <Text>
          <RouterLink to="/admin/environments">See {installed.environment.name} in the Admin Center</RouterLink>
        </Text>
      </FormDialog>
    );
  }

  // Not allowed to install here (not an admin, or no license): the API says why and whom to ask.
  const refusal = targets.data && !targets.data.canInstall && targets.data.environments.length === 0 ? targets.data.reason : targets.error?.status === 403 ? targets.error.detail : undefined;
  if (refusal !== undefined || (targets.error && !targets.data)) {
    const admins = targets.data?.admins ?? [];
    return (
      <FormDialog open title={title} submitLabel="Install" busy={false} error={undefined} fields={[]} onSubmit={onClose} onClose={onClose} actions={done}>
        {refusal !== undefined ? (
          <>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{listing.buttons.getItNow.action === 'askAdmin' ? 'Ask an admin' : `${listing.name} can't be installed`}</MessageBarTitle>
                {refusal}
              </MessageBarBody>
            </MessageBar>
            {admins.length > 0 && (
              <div className={styles.admins}>
                <Text weight="semibold">Who can install apps in {listing.visitor.tenantName ?? 'your organization'}</Text>
                <ul className={styles.adminList} aria-label="Administrators">
                  {admins.map((admin) => (
                    <li key={admin.email}>
                      {admin.displayName} ·{' '}
                      <Link href={`mailto:${admin.email}?subject=${encodeURIComponent(`Please install ${listing.name}`)}`}>{admin.email}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ) : (
          <ErrorMessage error={targets.error} title="Couldn't load your environments" />
        )}
      </FormDialog>
    );
  }

  const allInstalled = environments.length > 0 && environments.every((e) => e.installedVersion);
  return (
    <FormDialog
      open
      title={title}
      submitLabel="Install"
      busy={busy}
      error={error}
      errorTitle="The app was not installed"
      fields={['environmentId']}
      submitDisabled={!chosen || Boolean(chosen.installedVersion)}
      onSubmit={install}
      onClose={onClose}
    >
      {!targets.data ? (
        <LoadingState label="Loading your environments…" />
      ) : (
        <>
          <Text className={styles.muted}>
            Install {listing.name} by {listing.publisher.name} into an environment of {listing.visitor.tenantName ?? 'your organization'}. The current published version is installed.
          </Text>
          <Field
            label="Environment"
            required
            validationMessage={fieldMessage(error, 'environmentId') ?? (chosen?.installedVersion ? `Version ${chosen.installedVersion} is already installed in ${chosen.name}.` : undefined)}
            validationState={chosen?.installedVersion && !fieldMessage(error, 'environmentId') ? 'warning' : undefined}
          >
            <Dropdown
              placeholder="Choose an environment"
              value={chosen?.name ?? ''}
              selectedOptions={chosen ? [chosen.id] : []}
              onOptionSelect={(_, data) => setEnvironmentId(data.optionValue ?? '')}
            >
              {environments.map((environment) => (
                <Option key={environment.id} value={environment.id} text={environment.name}>
                  <span className={styles.option}>
                    <span>
                      {environment.name}
                      {environment.isDefault ? ' (default)' : ''}
                    </span>
                    <span className={styles.muted}>{environment.installedVersion ? `Installed: ${environment.installedVersion}` : 'Not installed'}</span>
                  </span>
                </Option>
              ))}
            </Dropdown>
          </Field>
          {allInstalled && (
            <MessageBar intent="info">
              <MessageBarBody>{listing.name} is already installed in every environment of your organization.</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </FormDialog>
  );
}
