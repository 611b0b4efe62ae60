/**
 * A fixed set of choices kept as a record of labels (`{ pending: 'Pending', … }`): the record's keys
 * are the values. URL parameters and the values Fluent's pickers hand back are plain strings; these
 * narrow them to the choice type by looking them up, so a stale link or a typo never reaches the API.
 */

/** Whether `value` is one of the choices (a key of `labels`). */
export function isChoice<V extends string>(labels: Readonly<Record<V, unknown>>, value: unknown): value is V {
  return typeof value === 'string' && Object.hasOwn(labels, value);
}

/** The choices in the order the record lists them. */
export function choicesOf<V extends string>(labels: Readonly<Record<V, unknown>>): V[] {
  return Object.keys(labels).filter((key): key is V => isChoice(labels, key));
}

/** `value` when it is one of the choices, else `fallback`. */
export function choiceOr<V extends string, F>(labels: Readonly<Record<V, unknown>>, value: unknown, fallback: F): V | F {
  return isChoice(labels, value) ? value : fallback;
}
