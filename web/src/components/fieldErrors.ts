import type { ApiError } from '../api/client';

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** What the API said about one form field, ready to show under it. */
export function fieldMessage(error: ApiError | undefined, field: string): string | undefined {
  const messages = error?.fieldErrors.filter((problem) => problem.field === field).map((problem) => sentence(problem.message));
  return messages?.length ? messages.join('. ') : undefined;
}

/** True when every problem in the error is shown under one of the form's fields. */
export function allShownOnFields(error: ApiError, fields: readonly string[]): boolean {
  return error.fieldErrors.length > 0 && error.fieldErrors.every((problem) => fields.includes(problem.field));
}
