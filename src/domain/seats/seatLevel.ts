/** The seat levels announced to a tenant's license admins: 90 % and 100 % of the seats assigned. */
export type SeatLevel = 0 | 90 | 100;

/** Which level a product is at; a product without seats is at none. */
export function seatLevel(purchased: number, assigned: number): SeatLevel {
  if (purchased <= 0) return 0;
  if (assigned >= purchased) return 100;
  return assigned * 10 >= purchased * 9 ? 90 : 0;
}
