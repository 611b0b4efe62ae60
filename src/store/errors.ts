/** PostgreSQL's unique_violation, raised when a race slips past a friendly pre-check. */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  if (!e || e.code !== '23505') return false;
  return !indexName || e.constraint === indexName || (e.message ?? '').includes(indexName);
}
