import type { ProblemLocation } from './problems.js';

/**
 * License metadata arrives in two shapes, the publisher's CSVs and the
 * package's license.json. Both are read into SourceRows so one set of checks
 * (licenseChecks.ts) reports problems at the CSV line and column or at the
 * JSON path the author has to fix.
 */

export type PlanField = 'serviceId' | 'displayName' | 'moreInfoUrl';
export type MappingField = 'serviceId' | 'appModule';

export interface SourceRow<F extends string> {
  values: Record<F, string>;
  /** Where one field of this row is. */
  locate(field: F): ProblemLocation;
  /** How another row's message refers to this one: "line 3" or "servicePlans[1]". */
  label: string;
}

export type PlanRow = SourceRow<PlanField>;
export type MappingRow = SourceRow<MappingField>;

/** Human names of the fields, as the CSV headers spell them. */
export const FIELD_NAMES: Record<PlanField | MappingField, string> = {
  serviceId: 'Service ID',
  displayName: 'Display name',
  moreInfoUrl: 'More info URL',
  appModule: 'Component name',
};
