import { answer, api, type OperationAnswer } from './client';
import type { operations } from './openapi';

/** The caller's notifications (the bell): items, the total and the unread count, as the server answers them. */
export type NotificationPage = OperationAnswer<'listMyNotifications'>;
/** One item behind the bell: the same words as its email. */
export type AppNotification = NotificationPage['items'][number];
export type NotificationKind = AppNotification['kind'];
export type NotificationPreferences = OperationAnswer<'getNotificationPreferences'>;
export type NotificationPreference = NotificationPreferences['items'][number];
type NotificationQuery = NonNullable<operations['listMyNotifications']['parameters']['query']>;

export const listMyNotifications = (query: NotificationQuery = {}, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/me/notifications', { params: { query }, signal }), signal);

export const markNotificationRead = (notificationId: string) =>
  answer(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } }));

export const markAllNotificationsRead = () => answer(api.POST('/api/v1/me/notifications/read-all'));

export const getNotificationPreferences = (signal?: AbortSignal) => answer(api.GET('/api/v1/me/notification-preferences', { signal }), signal);

/** Which kinds also reach the caller by email; kinds left out keep their setting. */
export const setNotificationPreferences = (email: Partial<Record<NotificationKind, boolean>>) =>
  answer(api.PUT('/api/v1/me/notification-preferences', { body: { email } }));
