/**
 * PostgreSQL cannot store the NUL character (U+0000) in text, and no name,
 * description or address needs one; input that carries one is refused with
 * the field named rather than reaching the database.
 */
export const NUL_PROBLEM = 'must not contain the NUL character (\\u0000)';

export const hasNul = (value: string) => value.includes('\u0000');
