import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { AddRegular, AppsAddInRegular, ArrowClockwiseRegular, ArrowSyncRegular, DeleteRegular, EditRegular, ServerRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import {
  createEnvironment,
  deleteEnvironment,
  listEnvironments,
  listInstalledApps,
  renameEnvironment,
  uninstallApp,
  updateInstalledApp,
  type Environment,
  type InstalledApp,
} from '../../../api/environments';
import { listProducts } from '../../../api/licenses';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useDataTableStyles } from '../../../components/dataTable';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { FormDialog } from '../../../components/FormDialog';
import { countOf, formatDate } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { environmentWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { InstallDialog } from './InstallDialog';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'rename'; environment: Environment }
  | { kind: 'delete'; environment: Environment }
  | { kind: 'install'; environment?: Environment }
  | { kind: 'uninstall'; app: InstalledApp }
  | null;

/** The organization's environments and the apps installed in each: install, update and uninstall. */
export function EnvironmentsPage() {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const tenantId = session.tenant.id;
  const canWrite = environmentWriter.allows(session);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [version, setVersion] = useState(0);
  const environments = useApiResource((signal) => listEnvironments(tenantId, signal), [tenantId, version]);
  const products = useApiResource((signal) => listProducts(tenantId, {}, signal), [tenantId]);
  const installable = useMemo(() => {
    const offers = new Map<string, { id: string; name: string; publisherName: string }>();
    for (const product of products.data?.items ?? []) {
      if (product.state !== 'removed') offers.set(product.offer.id, { id: product.offer.id, name: product.offer.name, publisherName: product.publisher.name });
    }
    return [...offers.values()];
  }, [products.data]);
  const close = () => setDialog(null);
  const reload = () => setVersion((v) => v + 1);

  return (
    <>
      <PageHeader
        title="Environments"
        description="Where your organization's apps are installed. Install an app you hold licenses for (or one that needs none); users then open it with their license."
      />
      <div className={styles.toolbar} role="toolbar" aria-label="Environment actions">
        {canWrite && (
          <>
            <Button appearance="primary" icon={<AppsAddInRegular />} onClick={() => setDialog({ kind: 'install' })} disabled={installable.length === 0}>
              Install an app
            </Button>
            <Button icon={<AddRegular />} onClick={() => setDialog({ kind: 'create' })}>
              Create environment
            </Button>
          </>
        )}
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={reload}>
          Refresh
        </Button>
        {canWrite && products.data && installable.length === 0 && <Text className={styles.muted}>Apps appear here to install once your organization holds licenses for them.</Text>}
      </div>
      <ErrorMessage error={environments.error} title="Couldn't load environments" />
      {!environments.data && environments.loading && <LoadingState />}
      <div className={styles.stack}>
        {(environments.data?.items ?? []).map((environment) => (
          <EnvironmentSection
            key={environment.id}
            environment={environment}
            version={version}
            canWrite={canWrite}
            onInstall={() => setDialog({ kind: 'install', environment })}
            onRename={() => setDialog({ kind: 'rename', environment })}
            onDelete={() => setDialog({ kind: 'delete', environment })}
            onUninstall={(app) => setDialog({ kind: 'uninstall', app })}
            onChanged={reload}
          />
        ))}
      </div>

      {(dialog?.kind === 'create' || dialog?.kind === 'rename') && (
        <EnvironmentNameDialog
          environment={dialog.kind === 'rename' ? dialog.environment : undefined}
          onClose={close}
          onSaved={() => {
            close();
            reload();
          }}
        />
      )}
      {dialog?.kind === 'install' && (
        <InstallDialog
          offers={installable}
          environmentId={dialog.environment?.id}
          onClose={close}
          onInstalled={(app) => {
            close();
            notify(`${app.offer.name} ${app.version} was installed in ${app.environment.name}`);
            reload();
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          open
          title={`Delete ${dialog.environment.name}?`}
          confirmLabel="Delete environment"
          onClose={close}
          onConfirm={async () => {
            await deleteEnvironment(tenantId, dialog.environment.id);
            notify(`${dialog.environment.name} was deleted`);
            reload();
          }}
        >
          The environment has no installed apps. This can't be undone.
        </ConfirmDialog>
      )}
      {dialog?.kind === 'uninstall' && (
        <ConfirmDialog
          open
          title={`Uninstall ${dialog.app.offer.name}?`}
          confirmLabel="Uninstall"
          onClose={close}
          onConfirm={async () => {
            await uninstallApp(tenantId, dialog.app.environment.id, dialog.app.id);
            notify(`${dialog.app.offer.name} was uninstalled from ${dialog.app.environment.name}`);
            reload();
          }}
        >
          Users can no longer open {dialog.app.offer.name} in {dialog.app.environment.name}. Licenses and their assignments stay; you can install it again.
        </ConfirmDialog>
      )}
    </>
  );
}

interface EnvironmentSectionProps {
  environment: Environment;
  /** Changes when anything on the page changed, to reload the apps. */
  version: number;
  canWrite: boolean;
  onInstall(): void;
  onRename(): void;
  onDelete(): void;
  onUninstall(app: InstalledApp): void;
  onChanged(): void;
}

function EnvironmentSection({ environment, version, canWrite, onInstall, onRename, onDelete, onUninstall, onChanged }: EnvironmentSectionProps) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const apps = useApiResource((signal) => listInstalledApps(session.tenant.id, environment.id, signal), [session.tenant.id, environment.id, version]);
  const items = apps.data?.items ?? [];

  const update = (app: InstalledApp) =>
    submit(async () => {
      const updated = await updateInstalledApp(session.tenant.id, environment.id, app.id);
      notify(`${updated.offer.name} was updated to ${updated.version}`);
      onChanged();
    });

  return (
    <Section
      title={environment.name}
      actions={
        <span className={styles.actions}>
          {environment.isDefault && (
            <Badge appearance="outline" color="brand">
              Default
            </Badge>
          )}
          {canWrite && (
            <>
              <Button size="small" appearance="subtle" icon={<AppsAddInRegular />} onClick={onInstall} aria-label={`Install an app in ${environment.name}`}>
                Install
              </Button>
              <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={onRename} aria-label={`Rename ${environment.name}`}>
                Rename
              </Button>
              {!environment.isDefault && (
                <Tooltip relationship="description" content={items.length ? 'Uninstall its apps first' : 'Delete the environment'}>
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} disabledFocusable={items.length > 0} onClick={onDelete} aria-label={`Delete ${environment.name}`}>
                    Delete
                  </Button>
                </Tooltip>
              )}
            </>
          )}
        </span>
      }
    >
      <ErrorMessage error={apps.error ?? error} title={error ? "Couldn't update the app" : "Couldn't load the installed apps"} />
      {!apps.data && apps.loading && <LoadingState />}
      {apps.data && items.length === 0 && (
        <Text className={styles.muted}>
          <ServerRegular aria-hidden /> No apps installed in this environment.
        </Text>
      )}
      {items.length > 0 && (
        <Table aria-label={`Apps in ${environment.name}`} className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '30%' }}>App</TableHeaderCell>
              <TableHeaderCell>Version</TableHeaderCell>
              <TableHeaderCell>Installed</TableHeaderCell>
              {canWrite && <TableHeaderCell style={{ width: '240px' }} aria-label="Actions" />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((app) => (
              <TableRow key={app.id}>
                <TableCell>
                  <Text weight="semibold">{app.offer.name}</Text>
                  <Text block className={styles.muted}>
                    {app.offer.publisherName}
                  </Text>
                </TableCell>
                <TableCell>
                  {app.version}{' '}
                  {app.updateAvailable && (
                    <Badge appearance="tint" color="informative">
                      {`${app.latestVersion} available`}
                    </Badge>
                  )}
                </TableCell>
                <TableCell>
                  {formatDate(app.installedAt)}
                  {app.updatedAt !== app.installedAt && (
                    <Text block className={styles.muted}>
                      Updated {formatDate(app.updatedAt)}
                    </Text>
                  )}
                </TableCell>
                {canWrite && (
                  <TableCell>
                    <span className={styles.actions}>
                      {app.updateAvailable && (
                        <Button size="small" icon={<ArrowSyncRegular />} disabled={busy} onClick={() => void update(app)}>
                          Update to {app.latestVersion}
                        </Button>
                      )}
                      <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={`Uninstall ${app.offer.name}`} onClick={() => onUninstall(app)}>
                        Uninstall
                      </Button>
                    </span>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {items.length > 0 && <Text className={styles.muted}>{countOf(items.length, 'app')} installed</Text>}
    </Section>
  );
}

function EnvironmentNameDialog({ environment, onClose, onSaved }: { environment?: Environment; onClose(): void; onSaved(): void }) {
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [name, setName] = useState(environment?.name ?? '');
  const save = () =>
    submit(async () => {
      const saved = environment ? await renameEnvironment(session.tenant.id, environment.id, name.trim()) : await createEnvironment(session.tenant.id, name.trim());
      notify(environment ? `Renamed to ${saved.name}` : `${saved.name} was created`);
      onSaved();
    });
  return (
    <FormDialog
      open
      title={environment ? `Rename ${environment.name}` : 'Create an environment'}
      submitLabel={environment ? 'Rename' : 'Create'}
      busy={busy}
      error={error}
      fields={['name']}
      submitDisabled={!name.trim()}
      onSubmit={save}
      onClose={onClose}
    >
      <Field label="Name" required hint="E.g. Production, Test, or a department's name." validationMessage={fieldMessage(error, 'name')}>
        <Input value={name} maxLength={100} onChange={(_, data) => setName(data.value)} autoFocus />
      </Field>
    </FormDialog>
  );
}
