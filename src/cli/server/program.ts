import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';
import { ApiClient, type Schemas } from './apiClient.js';
import { loadConnection } from './connection.js';

type Program = Schemas['ProgramStanding'];

function writeProgram(io: CliIo, program: Program) {
  io.stdout.write(`Partner program: ${program.status.replace('_', ' ')}\n`);
  io.stdout.write(`Publisher ID: ${program.publisherId ?? '(none)'}\nPartner ID: ${program.partnerId ?? '(none)'}\n`);
  for (const p of program.prerequisites) io.stdout.write(`  [${p.met ? 'x' : ' '}] ${p.label}: ${p.message}\n`);
}

/** `licensehub program show`: where the publisher stands, prerequisite by prerequisite. */
export async function showProgram(io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  writeProgram(io, await api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/program', { params: { path: { tenantId: await api.tenantId() } } })));
  return 0;
}

export interface ApplyOptions {
  publisherId: string;
  partnerId?: string;
  acceptMarketplaceAgreement?: boolean;
}

/** `licensehub program apply`: applies to the partner program; the operator decides. */
export async function applyToProgram(options: ApplyOptions, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  // The API takes an application only with the agreement accepted (acceptMarketplaceAgreement: true).
  if (options.acceptMarketplaceAgreement !== true) throw new CliError('Read the marketplace publisher agreement and pass --accept-marketplace-agreement to apply');
  const body = { publisherId: options.publisherId, acceptMarketplaceAgreement: true as const, ...(options.partnerId ? { partnerId: options.partnerId } : {}) };
  writeProgram(io, await api.answer(api.api.POST('/api/v1/tenants/{tenantId}/partner/program/application', { params: { path: { tenantId: await api.tenantId() } }, body })));
  return 0;
}
