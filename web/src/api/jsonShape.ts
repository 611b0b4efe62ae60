/**
 * Guards for JSON whose type the compiler cannot know: a problem's extensions (typed unknown by the
 * OpenAPI document), an answer read before the typed client loads, what a page kept in sessionStorage.
 * They check at run time what a cast would only claim.
 */

/** A JSON object, whose fields a guard may then read. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

export const isOptionalNumber = (value: unknown): value is number | undefined => value === undefined || typeof value === 'number';
