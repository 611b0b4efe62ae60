/** One use of a product by a user: the check noted it in memory; a job writes it (last use per user and plan). */
export interface UsageMark {
  tenantId: string;
  userId: string;
  planId: string;
  at: number;
}
