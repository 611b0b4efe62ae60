/** The server's value types the shared decision function reads (src/domain/seats, src/domain/licenses). */
export type SeatState = 'active' | 'not_enough_licenses';
export type LicenseState = 'active' | 'warning' | 'suspended' | 'removed';
