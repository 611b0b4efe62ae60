import type { ProgramStatus } from '../tenants/tenantKinds.js';

/**
 * What a publisher needs before the platform manages licenses for its
 * offers: a partner ID, marketplace enrollment and the operator's approval of
 * its partner program application. Each is reported as met or missing with a
 * message that says what to do next.
 */

export type PrerequisiteKey = 'partnerId' | 'marketplaceEnrollment' | 'programApproval';

export interface Prerequisite {
  key: PrerequisiteKey;
  label: string;
  met: boolean;
  message: string;
}

export interface ProgramStanding {
  partnerId: string | null;
  marketplaceEnrolled: boolean;
  programStatus: ProgramStatus;
  decisionReason: string | null;
}

export function programPrerequisites(standing: ProgramStanding): Prerequisite[] {
  return [
    {
      key: 'partnerId',
      label: 'Partner ID',
      met: standing.partnerId !== null,
      message: standing.partnerId
        ? `Partner ID ${standing.partnerId} is on file`
        : 'No partner ID is on file: send your partner ID with your program application',
    },
    {
      key: 'marketplaceEnrollment',
      label: 'Marketplace enrollment',
      met: standing.marketplaceEnrolled,
      message: standing.marketplaceEnrolled
        ? 'Enrolled in the marketplace'
        : 'Not enrolled in the marketplace: accept the marketplace publisher agreement in your program application',
    },
    { key: 'programApproval', label: 'Partner program approval', met: standing.programStatus === 'approved', message: approvalMessage(standing) },
  ];
}

function approvalMessage(standing: ProgramStanding): string {
  switch (standing.programStatus) {
    case 'approved':
      return 'The operator approved your partner program application';
    case 'pending':
      return 'Your partner program application is waiting for the operator’s review';
    case 'declined':
      return `Your partner program application was declined${standing.decisionReason ? ` ("${standing.decisionReason}")` : ''}; correct it and apply again`;
    case 'not_enrolled':
      return 'Not enrolled in the partner program: apply from Partner Center → Program';
  }
}

export const missingPrerequisites = (standing: ProgramStanding) => programPrerequisites(standing).filter((p) => !p.met);

/** Why license management can't be enabled, naming every missing prerequisite, or null. */
export function licenseManagementRefusal(standing: ProgramStanding): string | null {
  const missing = missingPrerequisites(standing);
  if (missing.length === 0) return null;
  return `App license management can't be enabled until every prerequisite is met. Missing: ${missing.map((p) => `${p.label} — ${p.message}`).join('; ')}`;
}
