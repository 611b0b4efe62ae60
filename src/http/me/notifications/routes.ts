import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbidden } from '../../../domain/problems.js';
import { z } from 'zod';
import { markNotificationsRead } from '../../../commands/notifications/markNotificationsRead.js';
import { setNotificationPreferences } from '../../../commands/notifications/setNotificationPreferences.js';
import { isNotificationKind, NOTIFICATION_KINDS, type NotificationData, type NotificationKind } from '../../../notifications/kinds.js';
import { messagesFor } from '../../../notifications/messages/index.js';
import { notificationContent } from '../../../notifications/render.js';
import { emailPreferences, listNotifications, type NotificationRow } from '../../../store/notifications.js';
import { problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { actorOf } from '../../plugins/authentication.js';
import { listQuery, notificationPage, notificationParams, preferencesBody, preferencesResponse } from './schema.js';

/**
 * Reading is open to the person's API tokens; changing (read marks, which
 * emails arrive) only to their signed-in session, before the body is even
 * parsed: a token made to read a directory must not silence its owner's email.
 */
async function sessionOnly(request: FastifyRequest) {
  if (request.actor?.via === 'token') throw forbidden('Notifications are marked read and email preferences changed from your signed-in session; API tokens can only read them');
}

/** What the bell shows of one notification: the same words as its email. */
function present(row: NotificationRow) {
  const kind = row.kind as NotificationKind;
  const content = notificationContent(kind, row.data as unknown as NotificationData[NotificationKind]);
  return {
    id: row.id,
    kind,
    title: content.subject,
    body: content.paragraphs.join(' '),
    link: content.action.path,
    linkLabel: content.action.label,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}

/**
 * The caller's own notifications (the bell) and email preferences. Every
 * query is the caller's: another person's notifications are never listed,
 * and marking one read answers 404 as for one that does not exist.
 */
export const myNotificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];

  app.get(
    '/api/v1/me/notifications',
    {
      schema: { operationId: 'listMyNotifications',
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: listQuery,
        response: { 200: notificationPage, ...problems(400, 401) },
      },
      config: { access: 'signedIn' },
    },
    async (request) => {
      const actor = actorOf(request);
      const page = await listNotifications(app.db, actor.userId, request.query);
      return { items: page.items.filter((r) => isNotificationKind(r.kind)).map(present), total: page.total, unread: page.unread };
    },
  );

  app.post(
    '/api/v1/me/notifications/:notificationId/read',
    {
      schema: { operationId: 'markNotificationRead',
        tags,
        summary: 'Mark one of my notifications read',
        params: notificationParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'signedIn' },
      onRequest: sessionOnly,
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await runCommand(app, request, (ctx) => markNotificationsRead(ctx, { userId: actor.userId, notificationId: request.params.notificationId }));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/notifications/read-all',
    {
      schema: { operationId: 'markAllNotificationsRead',
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: z.object({ marked: z.number().int() }), ...problems(401, 403) },
      },
      config: { access: 'signedIn' },
      onRequest: sessionOnly,
    },
    async (request) => {
      const actor = actorOf(request);
      const marked = await runCommand(app, request, (ctx) => markNotificationsRead(ctx, { userId: actor.userId }));
      return { marked };
    },
  );

  const preferencesOf = async (userId: string) => {
    const stored = (await emailPreferences(app.db, [userId])).get(userId);
    const m = messagesFor();
    return {
      emailAvailable: app.config.smtp !== null,
      items: NOTIFICATION_KINDS.map((kind) => ({ kind, label: m.kinds[kind].label, description: m.kinds[kind].description, email: stored?.get(kind) ?? true })),
    };
  };

  app.get(
    '/api/v1/me/notification-preferences',
    {
      schema: { operationId: 'getNotificationPreferences',
        tags,
        summary: 'Which notifications also reach me by email',
        response: { 200: preferencesResponse, ...problems(401) },
      },
      config: { access: 'signedIn' },
    },
    async (request) => preferencesOf(actorOf(request).userId),
  );

  app.put(
    '/api/v1/me/notification-preferences',
    {
      schema: { operationId: 'setNotificationPreferences',
        tags,
        summary: 'Choose which notifications also reach me by email',
        description: 'Every kind is in the app; `email` turns its email on or off. A kind left out is on.',
        body: preferencesBody,
        response: { 200: preferencesResponse, ...problems(400, 401, 403) },
      },
      config: { access: 'signedIn' },
      onRequest: sessionOnly,
    },
    async (request) => {
      const actor = actorOf(request);
      await runCommand(app, request, (ctx) => setNotificationPreferences(ctx, { userId: actor.userId, tenantId: actor.tenantId, email: request.body.email }));
      return preferencesOf(actor.userId);
    },
  );
};
