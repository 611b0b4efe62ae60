import { en, type MessageCatalogue } from './en.js';

/**
 * The catalogues by language tag. Only English exists today; a translation is
 * a file beside en.ts typed as MessageCatalogue (the compiler then names every
 * missing string) and one line here.
 */
const CATALOGUES: Record<string, MessageCatalogue> = { en };

/** The catalogue for a language tag such as "de-CH" (then "de"), English when there is none. */
export function messagesFor(locale?: string | null): MessageCatalogue {
  const tag = (locale ?? '').toLowerCase();
  return CATALOGUES[tag] ?? CATALOGUES[tag.split('-')[0]!] ?? en;
}

export type { MessageCatalogue };
