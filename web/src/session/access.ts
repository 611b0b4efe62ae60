import type { RoleName, Session } from '../api/auth';

/** Who may use a page or an action, and how to say so when they may not. */
export interface AccessRule {
  allows(session: Session): boolean;
  /** Completes "You need …", e.g. "the Global admin role". */
  requirement: string;
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

const hasAnyRole = (session: Session, roles: RoleName[]) => roles.some((role) => session.roles.includes(role));

const ASK_AN_ADMIN = 'Ask a Global admin of your organization to assign it to you.';

const roleRule = (roles: RoleName[], remedy = ASK_AN_ADMIN): AccessRule => ({
  remedy,
  allows: (session) => hasAnyRole(session, roles),
  requirement:
    roles.length === 1
      ? `the ${ROLE_LABELS[roles[0]!]} role`
      : `one of these roles: ${roles.map((role) => ROLE_LABELS[role]).join(', ')}`,
});

export const anySignedInUser: AccessRule = { allows: () => true, requirement: 'to be signed in', remedy: 'Sign in to continue.' };

/** Reading the directory and the audit log in the Admin Center. */
export const tenantAdmin = roleRule(['global_admin', 'billing_admin', 'license_admin', 'user_admin']);

/** Creating, changing and deleting users and groups. */
export const directoryWriter = roleRule(['global_admin', 'user_admin']);

/** Granting admin roles and changing the organization's settings. */
export const globalAdmin = roleRule(['global_admin']);

export const publisher: AccessRule = {
  allows: (session) => session.tenant.isPublisher,
  requirement: 'your organization to be a publisher',
  remedy: 'The team that runs LicenseHub registers publishers; contact them to become one.',
};

export const operator = roleRule(['operator'], 'This area is for the team that runs LicenseHub.');

/** Assigning and unassigning licenses; approving and declining license requests. */
export const licenseAssigner = roleRule(['global_admin', 'license_admin', 'user_admin']);

/** Creating environments and installing, updating and uninstalling apps. */
export const environmentWriter = roleRule(['global_admin', 'license_admin']);

/** Accepting, declining and ending relationships with publishers. */
export const relationshipResponder = roleRule(['global_admin', 'billing_admin']);

const publisherWithRoles = (roles: RoleName[], who: string): AccessRule => ({
  allows: (session) => session.tenant.isPublisher && hasAnyRole(session, roles),
  requirement: `to be ${who} of a publisher`,
  remedy: ASK_AN_ADMIN,
});

/** Seeing customers and deals in Partner Center. */
export const publisherReader = publisherWithRoles(['global_admin', 'billing_admin', 'license_admin', 'user_admin'], 'an admin');

/** Inviting customers, registering deals and provisioning licenses. */
export const publisherDealWriter = publisherWithRoles(['global_admin', 'billing_admin'], 'a Global or Billing admin');

/** Changing offers, plans, packages and the program application: the publisher's Global admins. */
export const publisherGlobalAdmin = publisherWithRoles(['global_admin'], 'a Global admin');

/**
 * May this admin change this person (profile, password, sign-in, MFA, delete)?
 * Entra ID's rule, as the API enforces it: a Global admin anyone, a User admin
 * only people without admin roles; in the operator's tenant, only operators.
 */
export function mayManageUser(session: Session, target: { roles: readonly string[] }): boolean {
  if (session.tenant.kind === 'operator' && !session.roles.includes('operator')) return false;
  if (target.roles.includes('operator') && !session.roles.includes('operator')) return false;
  if (session.roles.includes('global_admin')) return true;
  return session.roles.includes('user_admin') && target.roles.length === 0;
}
