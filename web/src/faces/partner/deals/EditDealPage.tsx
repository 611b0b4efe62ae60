import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { getDeal, updateDeal, type Deal } from '../../../api/deals';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { ParentLink } from '../../../components/ParentLink';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { DEAL_TERM_FIELDS, DealTermsFields, termsBody, type DealTermsDraft } from './DealTermsFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const draftOf = (deal: Deal): DealTermsDraft => ({
  companyName: deal.customer.companyName,
  country: deal.customer.country,
  city: deal.customer.city,
  state: deal.customer.state,
  totalAmount: String(deal.totalContractValue.amount),
  totalCurrency: deal.totalContractValue.currency,
  solutionAmount: String(deal.solutionValue.amount),
  solutionCurrency: deal.solutionValue.currency,
  deployment: deal.deployment,
  signedDate: deal.signedDate,
  startDate: deal.startDate,
  endDate: deal.endDate ?? '',
  perpetual: deal.perpetual,
  contactFirstName: deal.partnerContact.firstName,
  contactLastName: deal.partnerContact.lastName,
  contactPhone: deal.partnerContact.phone,
  contactEmail: deal.partnerContact.email,
  contractType: deal.contractType,
});

/** Corrects a registered deal's details; the offer and customer tenant never change, the end date changes by renewing. */
export function EditDealPage() {
  const session = useSession();
  const { dealId = '' } = useParams();
  const deal = useApiResource((signal) => getDeal(session.tenant.id, dealId, signal), [session.tenant.id, dealId]);
  const current = deal.data?.id === dealId ? deal.data : undefined;
  if (!current) return deal.error ? <ErrorMessage error={deal.error} title="Couldn't load this deal" /> : <LoadingState />;
  return <EditDealForm deal={current} />;
}

function EditDealForm({ deal }: { deal: Deal }) {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const { busy, error, submit } = useSubmit();
  const [draft, setDraft] = useState(() => draftOf(deal));

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const { endDate: _end, perpetual: _perpetual, ...changes } = termsBody(draft);
      await updateDeal(session.tenant.id, deal.id, changes);
      notify('The deal was saved');
      navigate(`/partner/deals/${deal.id}`);
    });
  };

  return (
    <>
      <PageHeader above={<ParentLink to={`/partner/deals/${deal.id}`}>{deal.customer.companyName}</ParentLink>} title="Edit deal details" />
      <form className={styles.form} onSubmit={save} noValidate aria-label="Edit deal details">
        <ErrorMessage error={error} fields={DEAL_TERM_FIELDS} title="Couldn't save the deal" />
        <DealTermsFields draft={draft} onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))} error={error} endDateEditable={false} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" icon={busy ? <Spinner size="tiny" /> : <SaveRegular />} disabled={busy}>
            Save
          </Button>
          <Button onClick={() => navigate(`/partner/deals/${deal.id}`)} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </>
  );
}
