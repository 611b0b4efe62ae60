import { Button, makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { deleteOffer, getOffer, type Offer } from '../../../api/offers';
import { getProgram, type ProgramStanding } from '../../../api/program';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { ParentLink } from '../../../components/ParentLink';
import { useApiResource } from '../../../components/useApiResource';
import { publisherGlobalAdmin } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { ListingTab } from './listing/ListingTab';
import { OfferLogo } from './OfferLogo';
import { OfferStatusBadge } from './OfferStatusBadge';
import { PackagesTab } from './packages/PackagesTab';
import { PlansTab } from './plans/PlansTab';
import { PublishTab } from './publish/PublishTab';
import { SetupTab } from './setup/SetupTab';

export const OFFER_TABS = [
  { value: 'setup', label: 'Setup' },
  { value: 'plans', label: 'Plans' },
  { value: 'listing', label: 'Listing' },
  { value: 'packages', label: 'Packages' },
  { value: 'publish', label: 'Publish' },
] as const;

export type OfferTab = (typeof OFFER_TABS)[number]['value'];

/** What every tab of the offer page gets. */
export interface OfferTabProps {
  offer: Offer;
  program: ProgramStanding | undefined;
  /** The viewer may change the offer (a Global admin of the publisher). */
  canWrite: boolean;
  /** Reload the offer after a change (its counts, versions and status). */
  onChanged(offer?: Offer): void;
}

const useStyles = makeStyles({
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  facts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  heading: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  // On a phone the tabs take two lines rather than run off the screen.
  tabs: { marginBottom: tokens.spacingVerticalL, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
});

/** One offer, a tab per step: setup, plans, listing, packages, publish. */
export function OfferPage() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const { offerKey = '', tab } = useParams();
  const tenantId = session.tenant.id;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const offer = useApiResource((signal) => getOffer(tenantId, offerKey, signal), [tenantId, offerKey]);
  const program = useApiResource((signal) => getProgram(tenantId, signal), [tenantId]);
  const canWrite = publisherGlobalAdmin.allows(session);

  if (!OFFER_TABS.some((t) => t.value === tab)) return <Navigate to={`/partner/offers/${offerKey}/setup`} replace />;
  // The page's address carries the readable offer key; every call after loading uses the offer's GUID.
  const current = offer.data?.offerKey === offerKey ? offer.data : undefined;
  if (!current) return offer.error ? <ErrorMessage error={offer.error} title="Couldn't load this offer" /> : <LoadingState />;

  const props: OfferTabProps = { offer: current, program: program.data, canWrite, onChanged: () => offer.reload() };
  return (
    <>
      <div className={styles.heading}>
        <PageHeader
          above={<ParentLink to="/partner/offers">Offers</ParentLink>}
          title={current.name}
          description={
            <span className={styles.facts}>
              <OfferLogo offer={current} size={28} />
              <OfferStatusBadge status={current.status} />
              <span>
                Offer key <span className={styles.mono}>{current.offerKey}</span>
              </span>
              <CopyButton text={current.offerKey} label="Copy offer key" />
              {current.publishedPackageVersion && <Text>Customers get version {current.publishedPackageVersion}</Text>}
            </span>
          }
        />
        {canWrite && current.status === 'draft' && (
          <Button icon={<DeleteRegular />} onClick={() => setConfirmingDelete(true)}>
            Delete draft
          </Button>
        )}
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => navigate(`/partner/offers/${offerKey}/${String(data.value)}`)}
        aria-label="Offer sections"
      >
        {OFFER_TABS.map((t) => (
          <Tab key={t.value} value={t.value}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {tab === 'setup' && <SetupTab {...props} />}
      {tab === 'plans' && <PlansTab {...props} />}
      {tab === 'listing' && <ListingTab {...props} />}
      {tab === 'packages' && <PackagesTab {...props} />}
      {tab === 'publish' && <PublishTab {...props} />}
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${current.name}?`}
        confirmLabel="Delete offer"
        onClose={() => setConfirmingDelete(false)}
        onConfirm={async () => {
          await deleteOffer(tenantId, current.id);
          notify(`${current.name} was deleted`);
          navigate('/partner/offers');
        }}
      >
        The draft offer, its plans and its packages are deleted. This can't be undone.
      </ConfirmDialog>
    </>
  );
}
