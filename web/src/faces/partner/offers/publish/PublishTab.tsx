import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  PauseCircleRegular,
  PlayCircleRegular,
  RocketRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { checkPublish, isPublishProblem, publishOffer, resumeSellingOffer, stopSellingOffer, type PublishProblem } from '../../../../api/offers';
import { listedProblems } from '../../../../api/problemLists';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { countOf, formatDateTime } from '../../../../components/formatting';
import { LoadingState } from '../../../../components/LoadingState';
import { useNotify } from '../../../../components/Notifications';
import { RouterLink } from '../../../../components/RouterLink';
import { Section } from '../../../../components/Section';
import { useApiResource } from '../../../../components/useApiResource';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import type { OfferTabProps } from '../OfferPage';
import { problemLocation } from '../packages/PackageProblemsTable';
import { SIDE_COLUMN_BELOW } from '../../../../components/pageColumns';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    [SIDE_COLUMN_BELOW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  checklist: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  area: { display: 'grid', gridTemplateColumns: '24px 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  areaTitle: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  problems: { gridColumn: 2, margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  where: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

interface Area {
  key: string;
  title: string;
  /** Where the publisher fixes it. */
  fixAt: (offerId: string) => string;
  fixLabel: string;
  owns(problem: PublishProblem): boolean;
}

const LISTING_FIELDS = new Set(['name', 'summary', 'description', 'logo', 'categories', 'supportUrl', 'privacyUrl', 'launchUrl']);

const AREAS: Area[] = [
  { key: 'program', title: 'Partner program', fixAt: () => '/partner/program', fixLabel: 'Partner program', owns: (p) => p.code.startsWith('program.') },
  { key: 'listing', title: 'Listing', fixAt: (id) => `/partner/offers/${id}/listing`, fixLabel: 'Listing', owns: (p) => p.code.startsWith('listing.') || LISTING_FIELDS.has(p.field ?? '') },
  { key: 'plans', title: 'Plans', fixAt: (id) => `/partner/offers/${id}/plans`, fixLabel: 'Plans', owns: (p) => p.field === 'plans' || p.code.startsWith('plans.') },
  {
    key: 'setup',
    title: 'Install without licenses (freemium rule)',
    fixAt: (id) => `/partner/offers/${id}/setup`,
    fixLabel: 'Setup',
    owns: (p) => p.field === 'allowInstallWithoutLicenses' || p.field === 'licenseManagement',
  },
  { key: 'package', title: 'Solution package', fixAt: (id) => `/partner/offers/${id}/packages`, fixLabel: 'Packages', owns: () => true },
];

/** Sorts every problem into the first area that owns it. */
function byArea(problems: PublishProblem[]): Map<string, PublishProblem[]> {
  const grouped = new Map(AREAS.map((area): [string, PublishProblem[]] => [area.key, []]));
  for (const problem of problems) grouped.get(AREAS.find((area) => area.owns(problem))!.key)!.push(problem);
  return grouped;
}

/** The publish checklist (every problem at once), and going live, stop-selling and resuming. */
export function PublishTab({ offer, canWrite, onChanged }: OfferTabProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const tenantId = session.tenant.id;
  const check = useApiResource((signal) => checkPublish(tenantId, offer.id, signal), [tenantId, offer.id, offer.updatedAt]);
  const { busy, error, submit } = useSubmit();
  const [confirming, setConfirming] = useState<'stop' | null>(null);
  const refusedProblems = listedProblems(error, isPublishProblem);
  const problems = refusedProblems ?? check.data?.problems ?? [];
  const ready = check.data?.ready === true && !refusedProblems;
  const grouped = byArea(problems);
  const visibleAreas = AREAS.filter((area) => area.key !== 'setup' || offer.allowInstallWithoutLicenses || (grouped.get('setup')?.length ?? 0) > 0);
  const publishLabel = offer.status === 'draft' ? 'Publish' : offer.status === 'stop_sold' ? 'Publish and resume selling' : 'Publish again';

  const publish = () =>
    submit(async () => {
      await publishOffer(tenantId, offer.id);
      notify(`${offer.name} is live`);
      onChanged();
      check.reload();
    });

  const resume = () =>
    submit(async () => {
      await resumeSellingOffer(tenantId, offer.id);
      notify(`${offer.name} is on sale again`);
      onChanged();
    });

  return (
    <div className={styles.layout}>
      <Section
        title="Publish checklist"
        actions={
          <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={check.reload}>
            Check again
          </Button>
        }
      >
        <ErrorMessage error={check.error} title="Couldn't check the offer" />
        {!check.data && check.loading && <LoadingState label="Checking everything publishing needs…" />}
        {check.data && (
          <>
            {ready ? (
              <MessageBar intent="success">
                <MessageBarBody>
                  <MessageBarTitle>Ready to publish</MessageBarTitle>
                  Every check passes.
                </MessageBarBody>
              </MessageBar>
            ) : (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{`${countOf(problems.length, 'problem')} to fix before publishing`}</MessageBarTitle>
                  Publishing checks everything at once; fix every problem below.
                </MessageBarBody>
              </MessageBar>
            )}
            <ul className={styles.checklist} aria-label="Publish checklist">
              {visibleAreas.map((area) => {
                const found = grouped.get(area.key) ?? [];
                return (
                  <li key={area.key} className={styles.area} aria-label={`${area.title}: ${found.length ? `${found.length} to fix` : 'ready'}`}>
                    {found.length ? <DismissCircle20Filled className={styles.bad} aria-hidden /> : <CheckmarkCircle20Filled className={styles.ok} aria-hidden />}
                    <span className={styles.areaTitle}>
                      <Text weight="semibold">{area.title}</Text>
                      {found.length > 0 && <RouterLink to={area.fixAt(offer.offerKey)}>{`Fix in ${area.fixLabel}`}</RouterLink>}
                    </span>
                    {found.length > 0 && (
                      <ul className={styles.problems}>
                        {found.map((problem, index) => (
                          <li key={index}>
                            <Text>{problem.message}</Text>
                            {problem.file && <div className={styles.where}>{problemLocation(problem)}</div>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Section>
      <Section title="Go live">
        <Text className={styles.muted}>
          {offer.status === 'draft' && 'Publishing puts the offer in the marketplace with its current package; customers can then get it.'}
          {offer.status === 'published' &&
            `Live since ${offer.publishedAt ? formatDateTime(offer.publishedAt) : '—'}. ${offer.hasUnpublishedPackage ? `Version ${offer.currentPackageVersion} is current but not live yet: publish again.` : 'Publish again after uploading a new version or adding plans.'}`}
          {offer.status === 'stop_sold' && `Stop-sold since ${offer.stopSoldAt ? formatDateTime(offer.stopSoldAt) : '—'}. Customers keep their licenses and apps; no one new can get it.`}
        </Text>
        {error && !refusedProblems && <ErrorMessage error={error} title="Couldn't change the offer" />}
        {canWrite && (
          <div className={styles.buttons}>
            <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <RocketRegular />} disabled={busy || !ready} onClick={() => void publish()}>
              {publishLabel}
            </Button>
            {offer.status === 'published' && (
              <Button icon={<PauseCircleRegular />} disabled={busy} onClick={() => setConfirming('stop')}>
                Stop selling
              </Button>
            )}
            {offer.status === 'stop_sold' && (
              <Button icon={<PlayCircleRegular />} disabled={busy} onClick={() => void resume()}>
                Resume selling version {offer.publishedPackageVersion}
              </Button>
            )}
          </div>
        )}
      </Section>
      <ConfirmDialog
        open={confirming === 'stop'}
        title={`Stop selling ${offer.name}?`}
        confirmLabel="Stop selling"
        onClose={() => setConfirming(null)}
        onConfirm={async () => {
          await stopSellingOffer(tenantId, offer.id);
          notify(`${offer.name} is no longer on sale`);
          onChanged();
        }}
      >
        The offer leaves the marketplace and takes no new customers. Customers who have it keep their licenses and installed apps. You can resume selling later.
      </ConfirmDialog>
    </div>
  );
}
