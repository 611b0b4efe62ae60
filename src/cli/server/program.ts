import type { CliIo } from '../io.js';
import { ApiClient } from './apiClient.js';
import { loadConnection } from './connection.js';

interface Program {
  status: string;
  publisherId: string | null;
  partnerId: string | null;
  decisionReason: string | null;
  prerequisites: { label: string; met: boolean; message: string }[];
}

function writeProgram(io: CliIo, program: Program) {
  io.stdout.write(`Partner program: ${program.status.replace('_', ' ')}\n`);
  io.stdout.write(`Publisher ID: ${program.publisherId ?? '(none)'}\nPartner ID: ${program.partnerId ?? '(none)'}\n`);
  for (const p of program.prerequisites) io.stdout.write(`  [${p.met ? 'x' : ' '}] ${p.label}: ${p.message}\n`);
}

/** `licensehub program show`: where the publisher stands, prerequisite by prerequisite. */
export async function showProgram(io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  writeProgram(io, (await api.call<Program>('GET', await api.partnerPath('/program'))).body);
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
  const body = { publisherId: options.publisherId, acceptMarketplaceAgreement: options.acceptMarketplaceAgreement === true, ...(options.partnerId ? { partnerId: options.partnerId } : {}) };
  writeProgram(io, (await api.call<Program>('POST', await api.partnerPath('/program/application'), { json: body })).body);
  return 0;
}
