import {
  Badge,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CheckmarkCircleRegular, FolderZipRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { getPackage, listPackages, makePackageCurrent, packageArchiveUrl, type PackageSummary } from '../../../../api/packages';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useDataTableStyles } from '../../../../components/dataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { formatDateTime } from '../../../../components/formatting';
import { LoadingState } from '../../../../components/LoadingState';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useApiResource } from '../../../../components/useApiResource';
import { useSession } from '../../../../session/SessionContext';
import type { OfferTabProps } from '../OfferPage';
import { PackageProblemsTable } from './PackageProblemsTable';
import { PackageUpload } from './PackageUpload';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  // Identifiers and hashes have no spaces: on a phone they break anywhere rather than run out of the card.
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  detailGrid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(380px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Solution package versions: upload, see what each contains and whether it is valid, choose the current one. */
export function PackagesTab({ offer, canWrite, onChanged }: OfferTabProps) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const tenantId = session.tenant.id;
  const [chosen, setChosen] = useState<string>();
  const [makingCurrent, setMakingCurrent] = useState<PackageSummary>();
  const versions = useApiResource((signal) => listPackages(tenantId, offer.id, signal), [tenantId, offer.id]);
  const items = versions.data?.items ?? [];
  const shownVersion = chosen ?? items.find((p) => p.isCurrent)?.version ?? items[0]?.version;

  return (
    <div className={styles.stack}>
      <PackageUpload
        offerId={offer.id}
        canWrite={canWrite}
        onUploaded={(pkg) => {
          setChosen(pkg.version);
          versions.reload();
          onChanged();
        }}
      />
      <Section title="Versions">
        <ErrorMessage error={versions.error} title="Couldn't load the versions" />
        {!versions.data && versions.loading && <LoadingState />}
        {versions.data && items.length === 0 && (
          <EmptyState icon={<FolderZipRegular />} title="No package yet" message="Upload your solution package. Every version is kept; the latest upload becomes current." />
        )}
        {items.length > 0 && (
          <Table aria-label="Package versions" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Version</TableHeaderCell>
                <TableHeaderCell>Solution</TableHeaderCell>
                <TableHeaderCell>App modules</TableHeaderCell>
                <TableHeaderCell>Size</TableHeaderCell>
                <TableHeaderCell>Uploaded</TableHeaderCell>
                <TableHeaderCell style={{ width: '280px' }} aria-label="Actions" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((pkg) => (
                <TableRow key={pkg.version} className={pkg.version === shownVersion ? styles.selected : undefined}>
                  <TableCell>
                    <span className={styles.badges}>
                      <Text weight="semibold">{pkg.version}</Text>
                      {pkg.isCurrent && (
                        <Badge appearance="filled" color="brand">
                          Current
                        </Badge>
                      )}
                      {pkg.isPublished && (
                        <Badge appearance="tint" color="success">
                          Published
                        </Badge>
                      )}
                    </span>
                  </TableCell>
                  <TableCell>
                    {pkg.displayName}
                    <Text block className={styles.mono}>
                      {pkg.uniqueName}
                    </Text>
                  </TableCell>
                  <TableCell>{pkg.appModuleCount}</TableCell>
                  <TableCell>{sizeOf(pkg.sizeBytes)}</TableCell>
                  <TableCell>
                    {formatDateTime(pkg.uploadedAt)}
                    {pkg.uploadedBy && (
                      <Text block size={200} className={styles.muted}>
                        by {pkg.uploadedBy.displayName}
                      </Text>
                    )}
                  </TableCell>
                  <TableCell>
                    <span className={styles.actions}>
                      <Button size="small" appearance="subtle" onClick={() => setChosen(pkg.version)} aria-label={`Show version ${pkg.version}`}>
                        Details
                      </Button>
                      {canWrite && !pkg.isCurrent && (
                        <Button size="small" appearance="subtle" icon={<CheckmarkCircleRegular />} onClick={() => setMakingCurrent(pkg)}>
                          Make current
                        </Button>
                      )}
                      <Link href={packageArchiveUrl(tenantId, offer.id, pkg.version)} download aria-label={`Download version ${pkg.version}`}>
                        <ArrowDownloadRegular aria-hidden /> Download
                      </Link>
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      {shownVersion && <PackageDetails key={shownVersion} offerId={offer.id} version={shownVersion} />}
      {makingCurrent && (
        <ConfirmDialog
          open
          title={`Make version ${makingCurrent.version} current?`}
          confirmLabel="Make current"
          onClose={() => setMakingCurrent(undefined)}
          onConfirm={async () => {
            await makePackageCurrent(tenantId, offer.id, makingCurrent.version);
            notify(`Version ${makingCurrent.version} is now current`);
            versions.reload();
            onChanged();
          }}
        >
          The next publish makes version {makingCurrent.version} live. Customers keep the published version until then.
        </ConfirmDialog>
      )}
    </div>
  );
}

function PackageDetails({ offerId, version }: { offerId: string; version: string }) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const detail = useApiResource((signal) => getPackage(session.tenant.id, offerId, version, signal), [session.tenant.id, offerId, version]);
  if (!detail.data) return detail.error ? <ErrorMessage error={detail.error} title={`Couldn't load version ${version}`} /> : <LoadingState />;
  const pkg = detail.data;
  const errors = pkg.validation.problems.filter((p) => p.severity === 'error');
  const warnings = pkg.validation.problems.filter((p) => p.severity === 'warning');
  const planName = new Map(pkg.servicePlans.map((plan) => [plan.serviceId, plan.displayName]));

  return (
    <Section title={`Version ${pkg.version}`}>
      {pkg.validation.valid ? (
        <MessageBar intent={warnings.length ? 'warning' : 'success'}>
          <MessageBarBody>
            <MessageBarTitle>Valid against the offer as it is now</MessageBarTitle>
            {warnings.length ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'} below.` : 'Its plans match the offer’s plans.'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not valid against the offer as it is now</MessageBarTitle>
            {errors.length} problem{errors.length === 1 ? '' : 's'}: the offer's plans or setup changed since the upload. Fix them, or upload a new version.
          </MessageBarBody>
        </MessageBar>
      )}
      {pkg.validation.problems.length > 0 && <PackageProblemsTable problems={pkg.validation.problems} label={`Problems in version ${pkg.version}`} />}
      <div className={styles.detailGrid}>
        <Table aria-label="App modules" size="small" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>App module</TableHeaderCell>
              <TableHeaderCell>Unlocked by</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pkg.appModules.map((module) => (
              <TableRow key={module.uniqueName}>
                <TableCell>
                  {module.displayName}
                  <Text block className={styles.mono}>
                    {module.uniqueName}
                  </Text>
                </TableCell>
                <TableCell>
                  {module.needsLicense ? (
                    <span className={styles.badges}>
                      {module.plans.map((serviceId) => (
                        <Badge key={serviceId} appearance="outline" color="brand">
                          {planName.get(serviceId) ?? serviceId}
                        </Badge>
                      ))}
                    </span>
                  ) : (
                    <Badge appearance="tint" color="informative">
                      No license needed
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Table aria-label="Service plans in the package" size="small" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Service plan</TableHeaderCell>
              <TableHeaderCell>More info</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pkg.servicePlans.map((plan) => (
              <TableRow key={plan.serviceId}>
                <TableCell>
                  {plan.displayName}
                  <Text block className={styles.mono}>
                    {plan.serviceId}
                  </Text>
                </TableCell>
                <TableCell>
                  <Link href={plan.moreInfoUrl} target="_blank" rel="noreferrer">
                    {plan.moreInfoUrl}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Text size={200} className={styles.mono}>
        SHA-256 {pkg.sha256}
      </Text>
    </Section>
  );
}
