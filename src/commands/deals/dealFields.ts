import type { Selectable } from 'kysely';
import type { Money } from '../../domain/deals/dealTerms.js';
import type { DealsTable } from '../../store/schema.js';

/** What a publisher fills in when registering a deal (everything but the offer, the tenant and the licenses). */
export interface DealFields {
  customer: { companyName: string; country: string; city: string; state: string };
  totalContractValue: Money;
  solutionValue: Money;
  deployment: string;
  signedDate: string;
  startDate: string;
  /** null for a perpetual deal. */
  endDate: string | null;
  partnerContact: { firstName: string; lastName: string; phone: string; email: string };
  contractType: 'new' | 'renewal';
}

/** The deals columns these fields are stored in. */
export function dealColumns(fields: DealFields) {
  return {
    customer_company: fields.customer.companyName,
    customer_country: fields.customer.country,
    customer_city: fields.customer.city,
    customer_state: fields.customer.state,
    total_contract_value: fields.totalContractValue.amount,
    total_contract_currency: fields.totalContractValue.currency,
    solution_value: fields.solutionValue.amount,
    solution_currency: fields.solutionValue.currency,
    deployment: fields.deployment,
    signed_date: fields.signedDate,
    start_date: fields.startDate,
    end_date: fields.endDate,
    contact_first_name: fields.partnerContact.firstName,
    contact_last_name: fields.partnerContact.lastName,
    contact_phone: fields.partnerContact.phone,
    contact_email: fields.partnerContact.email,
    contract_type: fields.contractType,
  };
}

/** The fields as stored, for edits that change only some of them. */
export function dealFieldsOf(row: Selectable<DealsTable>): DealFields {
  return {
    customer: { companyName: row.customer_company, country: row.customer_country, city: row.customer_city, state: row.customer_state },
    totalContractValue: { amount: Number(row.total_contract_value), currency: row.total_contract_currency },
    solutionValue: { amount: Number(row.solution_value), currency: row.solution_currency },
    deployment: row.deployment,
    signedDate: row.signed_date,
    startDate: row.start_date,
    endDate: row.end_date,
    partnerContact: { firstName: row.contact_first_name, lastName: row.contact_last_name, phone: row.contact_phone, email: row.contact_email },
    contractType: row.contract_type,
  };
}
