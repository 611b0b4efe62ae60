import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Spinner, Text, tokens } from '@fluentui/react-components';
import { ReceiptAddRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { registerDeal } from '../../../api/deals';
import { listOffers } from '../../../api/offers';
import { listPlans } from '../../../api/plans';
import { listPartnerRelationships } from '../../../api/relationships';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { useNotify } from '../../../components/Notifications';
import { PageHeader } from '../../../components/PageHeader';
import { ParentLink } from '../../../components/ParentLink';
import { RouterLink } from '../../../components/RouterLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';
import { DEAL_TERM_FIELDS, DealTermsFields, termsBody, type DealTermsDraft } from './DealTermsFields';
import { oneYearTerm, today } from './money';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  plans: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(220px, 100%), 1fr))', gap: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** 32 random hex digits (crypto.randomUUID needs HTTPS; getRandomValues works everywhere). */
const randomKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Registers a deal the publisher won, and provisions its licenses into the customer's tenant. */
export function RegisterDealPage() {
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tenantId = session.tenant.id;
  const { busy, error, submit } = useSubmit();
  /** One key per visit of this form: a retried submit never registers a second deal. */
  const [idempotencyKey] = useState(randomKey);
  const customers = useApiResource((signal) => listPartnerRelationships(tenantId, { status: 'accepted', limit: 500 }, signal), [tenantId]);
  const offers = useApiResource((signal) => listOffers(tenantId, { status: 'published', limit: 500 }, signal), [tenantId]);
  const [customerTenantId, setCustomerTenantId] = useState(params.get('customer') ?? '');
  const [offerId, setOfferId] = useState('');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const plans = useApiResource((signal) => (offerId ? listPlans(tenantId, offerId, signal) : Promise.resolve({ items: [] })), [tenantId, offerId]);
  const start = today();
  const [draft, setDraft] = useState<DealTermsDraft>({
    companyName: '',
    country: '',
    city: '',
    state: '',
    totalAmount: '',
    totalCurrency: 'USD',
    solutionAmount: '',
    solutionCurrency: 'USD',
    deployment: 'cloud',
    signedDate: start,
    startDate: start,
    endDate: oneYearTerm(start),
    perpetual: false,
    contactFirstName: '',
    contactLastName: '',
    contactPhone: '',
    contactEmail: '',
    contractType: 'new',
  });

  const customerOptions = useMemo(
    () =>
      (customers.data?.items ?? [])
        .flatMap(({ customer: { tenantId, name } }) => (tenantId ? [{ tenantId, name: name ?? tenantId }] : []))
        .filter((option, index, all) => all.findIndex((o) => o.tenantId === option.tenantId) === index),
    [customers.data],
  );
  const offerOptions = (offers.data?.items ?? []).filter((offer) => offer.licenseManagement);
  const chosenCustomer = customerOptions.find((c) => c.tenantId === customerTenantId);

  /** A customer chosen before the list loaded (from a link) fills in the company name too. */
  useEffect(() => {
    if (chosenCustomer) setDraft((current) => (current.companyName ? current : { ...current, companyName: chosenCustomer.name }));
  }, [chosenCustomer?.tenantId]);
  const chosenOffer = offerOptions.find((o) => o.id === offerId);

  const fields = [...DEAL_TERM_FIELDS, 'customerTenantId', 'offerId', ...(plans.data?.items ?? []).map((_, index) => `licenses.${index}.quantity`)];
  const licenses = (plans.data?.items ?? [])
    .map((plan) => ({ planId: plan.id, quantity: Number(quantities[plan.id] ?? '') }))
    .filter((line) => (quantities[line.planId] ?? '').trim() !== '');

  const send = (confirmDuplicate: boolean) =>
    void submit(async () => {
      const deal = await registerDeal(tenantId, { offerId, customerTenantId, ...termsBody(draft), licenses, ...(confirmDuplicate ? { confirmDuplicate } : {}) }, idempotencyKey);
      notify(`The deal with ${deal.customer.companyName} was registered`);
      navigate(`/partner/deals/${deal.id}`);
    });
  const register = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };
  /** The same deal was registered in the last 24 hours: the server waits for a yes before provisioning it twice. */
  const looksLikeDuplicate = error?.status === 409 && error.fieldErrors.some((e) => e.field === 'confirmDuplicate');

  /** A license line's problem: the API numbers lines in the order sent. */
  const quantityMessage = (planId: string) => {
    const index = licenses.findIndex((line) => line.planId === planId);
    return index >= 0 ? fieldMessage(error, `licenses.${index}.quantity`) : undefined;
  };

  return (
    <>
      <PageHeader
        above={<ParentLink to="/partner/deals">Deals</ParentLink>}
        title="Register a deal"
        description="Register a deal you won with a customer who accepted your invitation. The licenses you add are available in the customer's Admin Center at once."
      />
      <form className={styles.form} onSubmit={register} noValidate aria-label="Register a deal">
        {looksLikeDuplicate ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>This deal looks like one you registered today</MessageBarTitle>
              {error.detail}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => send(true)} disabled={busy}>
                Register it again
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <ErrorMessage error={error} fields={fields} title="Couldn't register the deal" />
        )}
        <Section title="Customer and offer">
          <div className={styles.grid}>
            <Field
              label="Customer"
              required
              validationMessage={fieldMessage(error, 'customerTenantId')}
              hint={
                customers.data && customerOptions.length === 0 ? (
                  <>
                    No customer has accepted an invitation yet. <RouterLink to="/partner/customers">Invite a customer</RouterLink>.
                  </>
                ) : chosenCustomer ? (
                  `Tenant ID ${chosenCustomer.tenantId}`
                ) : (
                  'Customers who accepted your invitation.'
                )
              }
            >
              <Dropdown
                placeholder="Choose a customer"
                value={chosenCustomer?.name ?? ''}
                selectedOptions={customerTenantId ? [customerTenantId] : []}
                onOptionSelect={(_, data) => {
                  setCustomerTenantId(data.optionValue ?? '');
                }}
              >
                {customerOptions.map((customer) => (
                  <Option key={customer.tenantId} value={customer.tenantId}>
                    {customer.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field
              label="Offer"
              required
              validationMessage={fieldMessage(error, 'offerId')}
              hint={offers.data && offerOptions.length === 0 ? 'Publish a license-managed offer first.' : 'Your published offers with license management.'}
            >
              <Dropdown
                placeholder="Choose an offer"
                value={chosenOffer?.name ?? ''}
                selectedOptions={offerId ? [offerId] : []}
                onOptionSelect={(_, data) => {
                  setOfferId(data.optionValue ?? '');
                  setQuantities({});
                }}
              >
                {offerOptions.map((offer) => (
                  <Option key={offer.id} value={offer.id}>
                    {offer.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
        </Section>
        <Section title="Licenses">
          {!offerId && <Text className={styles.muted}>Choose an offer to provision licenses of its plans. You can also add them after registering.</Text>}
          {offerId && (
            <div className={styles.plans}>
              {(plans.data?.items ?? []).map((plan) => (
                <Field key={plan.id} label={`${plan.name}`} hint={plan.serviceId} validationMessage={quantityMessage(plan.id)}>
                  <Input
                    type="number"
                    min={1}
                    placeholder="No licenses"
                    aria-label={`Licenses of ${plan.name}`}
                    value={quantities[plan.id] ?? ''}
                    onChange={(_, data) => setQuantities((current) => ({ ...current, [plan.id]: data.value }))}
                  />
                </Field>
              ))}
            </div>
          )}
        </Section>
        <DealTermsFields draft={draft} onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))} error={error} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" icon={busy ? <Spinner size="tiny" /> : <ReceiptAddRegular />} disabled={busy}>
            Register deal
          </Button>
          <Button onClick={() => navigate('/partner/deals')} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </>
  );
}
