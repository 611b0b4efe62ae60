import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { InfoRegular, LockClosedRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { updateOffer } from '../../../../api/offers';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { fieldMessage } from '../../../../components/fieldErrors';
import { useNotify } from '../../../../components/Notifications';
import { RouterLink } from '../../../../components/RouterLink';
import { Section } from '../../../../components/Section';
import { useSubmit } from '../../../../components/useSubmit';
import { useSession } from '../../../../session/SessionContext';
import { PrerequisiteList } from '../../program/PrerequisiteList';
import type { OfferTabProps } from '../OfferPage';
import { SIDE_COLUMN_BELOW } from '../../../../components/pageColumns';

const FIELDS = ['licenseManagement', 'allowInstallWithoutLicenses'] as const;

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    [SIDE_COLUMN_BELOW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  option: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  nested: { marginLeft: tokens.spacingHorizontalXXL, paddingLeft: tokens.spacingHorizontalM, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  explain: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', color: tokens.colorNeutralForeground2, marginLeft: '32px' },
  explainIcon: { flexShrink: 0, marginTop: '2px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** The two setup check boxes, with why either is disabled when it is. */
export function SetupTab({ offer, program, canWrite, onChanged }: OfferTabProps) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const { busy, error, submit } = useSubmit();
  const [licenseManagement, setLicenseManagement] = useState(offer.licenseManagement);
  const [freemium, setFreemium] = useState(offer.allowInstallWithoutLicenses);
  const live = offer.status !== 'draft';
  const prerequisitesMissing = program !== undefined && !program.canManageLicenses;
  /** Turning it on needs the program; turning it off is always possible while a draft. */
  const lockedByStatus = live;
  const lockedByProgram = !offer.licenseManagement && prerequisitesMissing;
  const firstDisabled = !canWrite || lockedByStatus || (lockedByProgram && !licenseManagement);
  const changed = licenseManagement !== offer.licenseManagement || (licenseManagement && freemium !== offer.allowInstallWithoutLicenses);

  const save = () =>
    submit(async () => {
      const saved = await updateOffer(session.tenant.id, offer.id, {
        ...(licenseManagement !== offer.licenseManagement ? { licenseManagement } : {}),
        ...(licenseManagement ? { allowInstallWithoutLicenses: freemium } : {}),
      });
      notify('Setup saved');
      onChanged(saved);
    });

  return (
    <div className={styles.layout}>
      <Section title="Offer setup">
        <ErrorMessage error={error} fields={FIELDS} title="Couldn't save the setup" />
        <div className={styles.option}>
          <Checkbox
            checked={licenseManagement}
            disabled={firstDisabled}
            onChange={(_, data) => {
              setLicenseManagement(data.checked === true);
              if (!data.checked) setFreemium(false);
            }}
            label={<Text weight="semibold">Enable app license management through the platform</Text>}
          />
          <Text size={200} className={styles.explain}>
            Customers get licenses from the deals you register, admins assign them, and LicenseHub checks them when users open your apps.
          </Text>
          {lockedByStatus && (
            <Text size={200} className={styles.explain} role="note">
              <LockClosedRegular className={styles.explainIcon} aria-hidden />
              The offer is {offer.status === 'published' ? 'published' : 'stop-sold'}: this setting can't be changed any more.
            </Text>
          )}
          {!lockedByStatus && lockedByProgram && (
            <Text size={200} className={styles.explain} role="note">
              <LockClosedRegular className={styles.explainIcon} aria-hidden />
              Not available until every partner program prerequisite is met (see the list beside).
            </Text>
          )}
          {fieldMessage(error, 'licenseManagement') && (
            <Text size={200} className={styles.explain} role="alert">
              {fieldMessage(error, 'licenseManagement')}
            </Text>
          )}
        </div>
        <div className={styles.nested}>
          {licenseManagement ? (
            <div className={styles.option}>
              <Checkbox
                checked={freemium}
                disabled={!canWrite}
                onChange={(_, data) => setFreemium(data.checked === true)}
                label={<Text weight="semibold">Allow customers to install my app even if licenses are not assigned</Text>}
              />
              <Text size={200} className={styles.explain}>
                Anyone can install the app (freemium). Your package must then leave at least one app module unmapped to any plan: that app module needs no license.
              </Text>
              {fieldMessage(error, 'allowInstallWithoutLicenses') && (
                <Text size={200} className={styles.explain} role="alert">
                  {fieldMessage(error, 'allowInstallWithoutLicenses')}
                </Text>
              )}
            </div>
          ) : (
            <Text size={200} className={styles.explain} role="note">
              <InfoRegular className={styles.explainIcon} aria-hidden />
              "Allow customers to install my app even if licenses are not assigned" is available once license management is enabled.
            </Text>
          )}
        </div>
        {canWrite && (
          <div className={styles.actions}>
            <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <SaveRegular />} disabled={!changed || busy} onClick={() => void save()}>
              Save setup
            </Button>
          </div>
        )}
        {licenseManagement && offer.licenseManagement && offer.planCount === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>
              License management needs at least one plan: <RouterLink to={`/partner/offers/${offer.offerKey}/plans`}>add plans</RouterLink>.
            </MessageBarBody>
          </MessageBar>
        )}
      </Section>
      <Section title="Rules">
        <ul className={styles.rules}>
          <li>License management needs partner program approval, a partner ID and marketplace enrollment.</li>
          <li>Once the offer is published, license management can't be turned on or off.</li>
          <li>Installing without licenses exists only while license management is enabled.</li>
          <li>With license management, the offer needs at least one plan, each in the package's license metadata.</li>
        </ul>
        {program && (
          <>
            {program.canManageLicenses ? (
              <MessageBar intent="success">
                <MessageBarBody>
                  <MessageBarTitle>Prerequisites met</MessageBarTitle>
                  You may enable license management.
                </MessageBarBody>
              </MessageBar>
            ) : (
              <PrerequisiteList standing={program} />
            )}
            {!program.canManageLicenses && <RouterLink to="/partner/program">Go to the partner program</RouterLink>}
          </>
        )}
      </Section>
    </div>
  );
}
