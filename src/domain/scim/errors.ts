import { DomainError } from '../problems.js';

/** RFC 7644 §3.12 scimType values. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

/** A 400 with its scimType; the SCIM edge answers it with SCIM's error schema. */
export const scimInvalid = (scimType: ScimType, detail: string) => new DomainError(400, 'Invalid request', detail, { scimType });

export const scimUniqueness = (detail: string) => new DomainError(409, 'Conflict', detail, { scimType: 'uniqueness' });

export const scimTooLarge = (detail: string) => new DomainError(413, 'Payload too large', detail);
