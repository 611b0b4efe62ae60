import type { Role } from '../domain/identity/roles.js';

/** Token scopes: what an API token may be used for, on top of its owner's roles. */
export const SCOPES = [
  'directory.read',
  'directory.write',
  'partner.read',
  'partner.write',
  'licenses.read',
  'licenses.write',
  'runtime.check',
  'operator',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling: a signed-in user, or an API token acting for its owner. */
export interface Actor {
  userId: string;
  tenantId: string;
  userPrincipalName: string;
  displayName: string;
  roles: ReadonlySet<Role>;
  isPublisher: boolean;
  /** null for a browser session (all of the user's rights); the token's scopes otherwise. */
  scopes: ReadonlySet<Scope> | null;
  via: 'session' | 'token';
  tokenId?: string;
  /**
   * Set while a session is only half signed in: the password was right but
   * the second factor is still due ('challenge') or MFA must be set up first
   * ('enrol'). Such an actor may do nothing but finish signing in.
   */
  signInState?: 'challenge' | 'enrol';
}

export const ADMIN_ROLES: readonly Role[] = ['global_admin', 'billing_admin', 'license_admin', 'user_admin'];
