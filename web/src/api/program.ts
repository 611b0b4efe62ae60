import { apiRequest, type Page, type PageQuery } from './client';
import type { ProgramStatus } from './tenants';

export type PrerequisiteKey = 'partnerId' | 'marketplaceEnrollment' | 'programApproval';

/** One thing a publisher needs before the platform manages licenses for its offers. */
export interface Prerequisite {
  key: PrerequisiteKey;
  label: string;
  met: boolean;
  /** What is on file, or what to do. */
  message: string;
}

/** Where a publisher stands in the partner program. */
export interface ProgramStanding {
  status: ProgramStatus;
  publisherId: string | null;
  partnerId: string | null;
  marketplaceEnrolled: boolean;
  appliedAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  prerequisites: Prerequisite[];
  /** Every prerequisite is met: offers may enable app license management. */
  canManageLicenses: boolean;
}

export interface ProgramApplication {
  /** Lowercase letters, digits, "-" and "_", at most 38 characters; fixed once the publisher has offers. */
  publisherId: string;
  /** Needed when no partner ID is on file. */
  partnerId?: string;
  acceptMarketplaceAgreement: true;
}

/** A publisher's application as the operator reviews it. */
export interface OperatorApplication extends ProgramStanding {
  tenant: { id: string; displayName: string; primaryDomain: string; country: string };
}

export type ApplicationFilter = 'pending' | 'approved' | 'declined' | 'all';

const program = (tenantId: string) => `/api/v1/tenants/${tenantId}/partner/program`;
const APPLICATIONS = '/api/v1/operator/program/applications';

export const getProgram = (tenantId: string, signal?: AbortSignal) => apiRequest<ProgramStanding>(program(tenantId), { signal });

/** Applies, re-applies after a decline, or corrects a pending application; 409 once approved. */
export const applyToProgram = (tenantId: string, application: ProgramApplication) =>
  apiRequest<ProgramStanding>(`${program(tenantId)}/application`, { method: 'POST', body: application });

export const listApplications = (query: PageQuery & { status?: ApplicationFilter }, signal?: AbortSignal) =>
  apiRequest<Page<OperatorApplication>>(APPLICATIONS, { query: { ...query }, signal });

export const approveApplication = (tenantId: string) => apiRequest<OperatorApplication>(`${APPLICATIONS}/${tenantId}/approve`, { method: 'POST' });

export const declineApplication = (tenantId: string, reason: string) =>
  apiRequest<OperatorApplication>(`${APPLICATIONS}/${tenantId}/decline`, { method: 'POST', body: { reason } });
