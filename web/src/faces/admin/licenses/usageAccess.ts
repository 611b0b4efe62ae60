import type { Session } from '../../../api/auth';
import type { AccessRule } from '../../../session/access';

/** Seeing a product's usage (seats over time, users who don't open the app): Global and License admins, as the API allows. */
export const usageReader: AccessRule = {
  allows: (session: Session) => session.roles.includes('global_admin') || session.roles.includes('license_admin'),
  requirement: 'the Global admin or License admin role',
  remedy: 'Ask a Global admin of your organization to assign it to you.',
};
