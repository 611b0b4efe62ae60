import { answer, api, type OperationBody, type OperationQuery, type Schemas } from './client';

/** Where a publisher stands in the partner program, with the prerequisites for managing licenses. */
export type ProgramStanding = Schemas['ProgramStanding'];
/** One thing a publisher needs before the platform manages licenses for its offers. */
export type Prerequisite = ProgramStanding['prerequisites'][number];
export type PrerequisiteKey = Prerequisite['key'];
/** An application: the publisher ID (fixed once the publisher has offers), a partner ID when none is on file, and the accepted agreement. */
export type ProgramApplication = OperationBody<'applyToProgram'>;
/** A publisher's application as the operator reviews it. */
export type OperatorApplication = Schemas['ProgramApplication'];
export type ApplicationFilter = NonNullable<OperationQuery<'listProgramApplications'>['status']>;

const PROGRAM = '/api/v1/tenants/{tenantId}/partner/program';
const APPLICATIONS = '/api/v1/operator/program/applications';

export const getProgram = (tenantId: string, signal?: AbortSignal) => answer(api.GET(PROGRAM, { params: { path: { tenantId } }, signal }), signal);

/** Applies, re-applies after a decline, or corrects a pending application; 409 once approved. */
export const applyToProgram = (tenantId: string, application: ProgramApplication) =>
  answer(api.POST(`${PROGRAM}/application`, { params: { path: { tenantId } }, body: application }));

export const listApplications = (query: OperationQuery<'listProgramApplications'>, signal?: AbortSignal) =>
  answer(api.GET(APPLICATIONS, { params: { query }, signal }), signal);

export const approveApplication = (tenantId: string) => answer(api.POST(`${APPLICATIONS}/{tenantId}/approve`, { params: { path: { tenantId } } }));

export const declineApplication = (tenantId: string, reason: string) =>
  answer(api.POST(`${APPLICATIONS}/{tenantId}/decline`, { params: { path: { tenantId } }, body: { reason } }));
