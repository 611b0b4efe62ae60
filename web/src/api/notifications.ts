import { apiRequest } from './client';

export type NotificationKind =
  | 'license_request.created'
  | 'license_request.decided'
  | 'seats.threshold'
  | 'license.expiring'
  | 'license.grace'
  | 'license.suspended'
  | 'program.decided'
  | 'relationship.invited';

/** One item behind the bell: the same words as its email. */
export interface AppNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in this app, e.g. /admin/license-requests. */
  link: string;
  linkLabel: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: AppNotification[];
  total: number;
  /** All the caller's unread notifications (the bell's count). */
  unread: number;
}

export interface NotificationPreference {
  kind: NotificationKind;
  label: string;
  description: string;
  email: boolean;
}

export const listMyNotifications = (query: { limit?: number; offset?: number; unreadOnly?: boolean } = {}, signal?: AbortSignal) =>
  apiRequest<NotificationPage>('/api/v1/me/notifications', { query: { ...query }, signal });

export const markNotificationRead = (id: string) => apiRequest<void>(`/api/v1/me/notifications/${id}/read`, { method: 'POST' });

export const markAllNotificationsRead = () => apiRequest<{ marked: number }>('/api/v1/me/notifications/read-all', { method: 'POST' });

export const getNotificationPreferences = (signal?: AbortSignal) =>
  apiRequest<{ emailAvailable: boolean; items: NotificationPreference[] }>('/api/v1/me/notification-preferences', { signal });

export const setNotificationPreferences = (email: Partial<Record<NotificationKind, boolean>>) =>
  apiRequest<{ emailAvailable: boolean; items: NotificationPreference[] }>('/api/v1/me/notification-preferences', { method: 'PUT', body: { email } });
