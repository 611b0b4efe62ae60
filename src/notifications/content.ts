import type { MessageCatalogue } from './messages/index.js';

/**
 * What one notification says, before it becomes an email or an item behind
 * the bell: a subject, paragraphs of plain text (escaped when they become
 * HTML), and the one place in the app to act.
 */
export interface NotificationContent {
  subject: string;
  paragraphs: string[];
  action: { label: string; path: string };
}

export type ContentOf<D> = (data: D, m: MessageCatalogue) => NotificationContent;
