/** A seat claim a check asks for (`"claim": true`); `key` identifies it (tenant, user, app module) so repeats are one claim. */
export interface SeatClaimRequest {
  readonly key: string;
  readonly tenantId: string;
  readonly user: string;
  readonly appModule: string;
}
