import { z } from 'zod';
import { assignBody, assignmentResultSchema, holderSchema, productSchema, unassignBody, userLicenseSchema, groupLicenseSchema } from '../admin/licenses/schema.js';
import { createUserBody, listedUserSchema, setRolesBody, updateUserBody, userLicenseSummarySchema, userSchema } from '../admin/users/schema.js';
import { createGroupBody, groupDetailSchema, groupSchema, memberSchema, updateGroupBody } from '../admin/groups/schema.js';
import { environmentSchema, installedAppSchema } from '../admin/environments/schema.js';
import { createTokenBody, sessionResponse, signInBody, tokenSummary } from '../auth/schema.js';
import { batchRequest, checkRequest, checkResult, tokenResult } from '../runtime/check/schema.js';
import { applicationSchema } from '../operator/program/schema.js';
import { createTenantBody, tenantSchema, updateTenantBody } from '../operator/tenants/schema.js';
import { listingSchema, offerCardSchema } from '../marketplace/schema.js';
import { createPlanBody, planSchema, updatePlanBody } from '../partner/plans/schema.js';
import { createInvitationBody, relationshipSchema } from '../partner/relationships/schema.js';
import { packageDetailSchema, packageProblemSchema, packageSummarySchema } from '../partner/packages/schema.js';
import { auditEventSchema, dealLicenseSchema, dealSchema, registerDealBody, renewDealBody, updateDealBody } from '../partner/deals/schema.js';
import { createOfferBody, offerSchema, updateOfferBody } from '../partner/offers/schema.js';
import { programSchema } from '../partner/program/schema.js';
import { leadDetailSchema, leadSummarySchema } from '../partner/leads/schema.js';
import { licenseReportSchema } from '../partner/reports/schema.js';
import { myAppSchema } from '../runtime/myApps/schema.js';
import { licenseRequestSchema } from '../admin/licenseRequests/schema.js';

/**
 * The named schemas of the OpenAPI document (components.schemas): the
 * resources and the main request bodies, so generated clients get one type
 * per resource (`components['schemas']['Deal']`). Request bodies appear with
 * an `Input` suffix (RegisterDealInput). Problem and GraphError are named
 * where they are defined.
 */
const COMPONENTS: [z.ZodType, string][] = [
  [sessionResponse, 'Session'],
  [signInBody, 'SignIn'],
  [tokenSummary, 'ApiToken'],
  [createTokenBody, 'CreateApiToken'],
  [userSchema, 'User'],
  [listedUserSchema, 'ListedUser'],
  [userLicenseSummarySchema, 'UserLicenseSummary'],
  [createUserBody, 'CreateUser'],
  [updateUserBody, 'UpdateUser'],
  [setRolesBody, 'SetUserRoles'],
  [groupSchema, 'Group'],
  [groupDetailSchema, 'GroupDetail'],
  [memberSchema, 'GroupMember'],
  [createGroupBody, 'CreateGroup'],
  [updateGroupBody, 'UpdateGroup'],
  [productSchema, 'Product'],
  [holderSchema, 'ProductHolder'],
  [assignBody, 'AssignLicenses'],
  [unassignBody, 'UnassignLicenses'],
  [assignmentResultSchema, 'AssignmentResult'],
  [userLicenseSchema, 'UserLicense'],
  [groupLicenseSchema, 'GroupLicense'],
  [environmentSchema, 'Environment'],
  [installedAppSchema, 'InstalledApp'],
  [checkRequest, 'LicenseCheck'],
  [batchRequest, 'LicenseCheckBatch'],
  [checkResult, 'LicenseCheckResult'],
  [tokenResult, 'LicenseTokenResult'],
  [tenantSchema, 'Tenant'],
  [createTenantBody, 'CreateTenant'],
  [updateTenantBody, 'UpdateTenant'],
  [applicationSchema, 'ProgramApplication'],
  [programSchema, 'ProgramStanding'],
  [offerCardSchema, 'OfferCard'],
  [listingSchema, 'Listing'],
  [offerSchema, 'Offer'],
  [createOfferBody, 'CreateOffer'],
  [updateOfferBody, 'UpdateOffer'],
  [planSchema, 'Plan'],
  [createPlanBody, 'CreatePlan'],
  [updatePlanBody, 'UpdatePlan'],
  [packageSummarySchema, 'PackageSummary'],
  [packageDetailSchema, 'Package'],
  [packageProblemSchema, 'PackageProblem'],
  [relationshipSchema, 'Relationship'],
  [createInvitationBody, 'CreateInvitation'],
  [dealSchema, 'Deal'],
  [dealLicenseSchema, 'DealLicense'],
  [registerDealBody, 'RegisterDeal'],
  [updateDealBody, 'UpdateDeal'],
  [renewDealBody, 'RenewDeal'],
  [auditEventSchema, 'AuditEvent'],
  [leadSummarySchema, 'LeadSummary'],
  [leadDetailSchema, 'Lead'],
  [licenseReportSchema, 'LicenseReport'],
  [myAppSchema, 'MyApp'],
  [licenseRequestSchema, 'LicenseRequest'],
];

const TENANT = '0f8fad5b-d9cb-469f-a165-70867728950e';
/** Examples of the main operations' bodies and answers, shown in /docs and checked against their schemas by the OpenAPI test. */
export const EXAMPLES: Record<string, unknown[]> = {
  SignIn: [{ userPrincipalName: 'admin@contoso.com', password: 'correct horse battery staple' }],
  LicenseCheck: [{ tenantId: TENANT, user: 'megan@contoso.com', appModule: 'contoso_fieldops_dispatch' }],
  LicenseCheckResult: [
    { licensed: true, code: 'LICENSED', detail: 'Megan Bowen is assigned Field Ops Gold.', plans: ['fieldops-gold-7c1e'], requiredPlans: [] },
  ],
  AssignLicenses: [{ userPrincipalNames: ['megan@contoso.com'], groupIds: ['7d2c2a52-3f39-4c38-8a4e-2f5d3c6a9b10'] }],
  CreateUser: [{ userPrincipalName: 'megan@contoso.com', displayName: 'Megan Bowen', password: 'a long passphrase 42', usageLocation: 'US' }],
  RegisterDeal: [
    {
      offerKey: 'fieldops',
      customerTenantId: TENANT,
      customer: { companyName: 'Contoso Ltd', country: 'US', city: 'Seattle', state: 'WA' },
      totalContractValue: { amount: 24000, currency: 'USD' },
      solutionValue: { amount: 12000, currency: 'USD' },
      deployment: 'cloud',
      signedDate: '2026-11-20',
      startDate: '2026-12-01',
      endDate: '2027-11-30',
      partnerContact: { firstName: 'Alex', lastName: 'Wilber', phone: '+1 425 555 0100', email: 'alex@fabrikam.com' },
      contractType: 'new',
      licenses: [{ planKey: 'gold', quantity: 25 }],
    },
  ],
  CreateOffer: [{ offerKey: 'fieldops', name: 'Field Ops', licenseManagement: true }],
};

let registered = false;
/** Names the schemas in zod's global registry, once (fastify-type-provider-zod turns them into components). */
export function registerComponentSchemas(): void {
  if (registered) return;
  registered = true;
  for (const [schema, id] of COMPONENTS) {
    const meta = z.globalRegistry.get(schema);
    if (!meta?.id) z.globalRegistry.add(schema, { ...meta, id, ...(EXAMPLES[id] ? { examples: EXAMPLES[id] } : {}) });
  }
}
