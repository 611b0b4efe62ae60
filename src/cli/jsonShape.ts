/** A JSON object (what JSON.parse gave, or a problem's extension), whose fields a guard may then read. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
