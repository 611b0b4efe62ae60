import type { Action, RoleName, Session } from '../api/auth';

/**
 * Who may use a page or an action, and how to say so when they may not. The
 * decision is the server's: the session answer carries the caller's abilities,
 * computed by the same policies the API enforces (src/policies); the web app
 * keeps no copy of the policy matrix, only the words for the remedy.
 */
export interface AccessRule {
  allows(session: Session): boolean;
  /** Completes "You need to be …", e.g. "a Global admin or a User admin", as the server words it. */
  requirement(session: Session): string;
  /** How to get access, said on the page a user can't open. */
  remedy: string;
}

export const ROLE_LABELS: Record<RoleName, string> = {
  global_admin: 'Global admin',
  billing_admin: 'Billing admin',
  license_admin: 'License admin',
  user_admin: 'User admin',
  operator: 'Operator',
};

const ASK_AN_ADMIN = 'Ask a Global admin of your organization to assign it to you.';

/** The rule of one of the server's actions. */
export const ability = (action: Action, remedy = ASK_AN_ADMIN): AccessRule => ({
  allows: (session) => session.abilities[action].allowed,
  requirement: (session) => session.abilities[action].requirement,
  remedy,
});

export const anySignedInUser: AccessRule = { allows: () => true, requirement: () => 'signed in', remedy: 'Sign in to continue.' };

/** Reading the directory and the audit log in the Admin Center. */
export const tenantAdmin = ability('audit.read');

/** Creating, changing and deleting users and groups. */
export const directoryWriter = ability('user.write');

/** Granting admin roles and changing the organization's settings. */
export const globalAdmin = ability('user.roles');

const BECOME_A_PUBLISHER = 'The team that runs LicenseHub registers publishers; contact them to become one.';

/** Partner Center: any member of a publisher tenant. */
export const publisher = ability('offer.read', BECOME_A_PUBLISHER);

export const operator = ability('operator.tenants.read', 'This area is for the team that runs LicenseHub.');

/** Assigning and unassigning licenses; approving and declining license requests. */
export const licenseAssigner = ability('license.assign');

/** Seeing a product's usage (seats over time, users who don't open the app). */
export const usageReader = ability('license.usage');

/** Creating environments and installing, updating and uninstalling apps. */
export const environmentWriter = ability('environment.write');

/** Accepting, declining and ending relationships with publishers. */
export const relationshipResponder = ability('relationship.respond');

/** Seeing customers and deals in Partner Center. */
export const publisherReader = ability('deal.read');

/** Inviting customers, registering deals and provisioning licenses. */
export const publisherDealWriter = ability('deal.write');

/** Changing offers, plans, packages and the program application: the publisher's Global admins. */
export const publisherGlobalAdmin = ability('offer.write');

/**
 * May this admin change this person (profile, password, sign-in, MFA, delete)?
 * Entra ID's rule, as the API enforces it (src/policies/userTarget.ts): a Global admin anyone, a User admin
 * only people without admin roles; in the operator's tenant, only operators. It depends on the person,
 * so it is not among the session's abilities.
 */
export function mayManageUser(session: Session, target: { roles: readonly string[] }): boolean {
  if (!session.abilities['user.write'].allowed) return false;
  if (session.tenant.kind === 'operator' && !session.roles.includes('operator')) return false;
  if (target.roles.includes('operator') && !session.roles.includes('operator')) return false;
  if (session.roles.includes('global_admin')) return true;
  return session.roles.includes('user_admin') && target.roles.length === 0;
}
