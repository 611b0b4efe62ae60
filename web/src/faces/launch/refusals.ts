/**
 * Why someone may not open an app, said once and in words for them (the API's decision detail is
 * for the record and for integrators). Shared by the launch page and My apps.
 */
export interface Refusal {
  title: string;
  reason: string;
  /** Whether asking the admins for a license can help (not when the app isn't installed, or the account is blocked). */
  canAsk: boolean;
}

export function refusalOf(code: string, appName: string): Refusal {
  switch (code) {
    case 'APP_NOT_INSTALLED':
      return {
        title: `${appName} isn’t installed in your organization`,
        reason: 'Your administrator has to install it before anyone can use it. Ask them if you need it.',
        canAsk: false,
      };
    case 'NOT_ENOUGH_LICENSES':
      return {
        title: `All licenses for ${appName} are in use`,
        reason: 'You get this app through a group, but all of your organization’s licenses are taken. Your administrator can buy more or free one up.',
        canAsk: true,
      };
    case 'SUSPENDED':
      return {
        title: `${appName} is suspended for your organization`,
        reason: 'Your organization’s agreement for this app has ended. Contact your administrator to renew it.',
        canAsk: false,
      };
    case 'USER_DISABLED':
      return { title: 'Your account is blocked from apps', reason: 'Contact your administrator to unblock it.', canAsk: false };
    case 'NOT_ASSIGNED':
      return {
        title: `You need a license to use ${appName}`,
        reason: 'You don’t have a license for this app. Contact your administrator to get one.',
        canAsk: true,
      };
    default:
      return { title: `You can’t open ${appName} right now`, reason: 'Contact your administrator.', canAsk: false };
  }
}
