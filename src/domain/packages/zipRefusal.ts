import type { PackageProblemCode } from './problems.js';

export type ZipRefusalCode = Extract<PackageProblemCode, `archive.${string}`>;

/** Why an archive was refused; `entry` names the offending entry when there is one. */
export class ZipRefusedError extends Error {
  constructor(
    readonly code: ZipRefusalCode,
    message: string,
    readonly entry?: string,
  ) {
    super(message);
    this.name = 'ZipRefusedError';
  }
}
