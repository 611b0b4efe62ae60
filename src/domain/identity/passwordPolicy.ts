import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passwords as NIST SP 800-63B (§3.1.1.2) asks: long enough, long passwords
 * and every character allowed, no composition rules, but refused when they
 * are on a list of commonly used or breached passwords, repetitive or
 * sequential, or built from context (the person's name, their user principal
 * name, the service). The list is the 49,000 most common passwords of public
 * breach corpora that the zxcvbn-ts project ships and maintains
 * (`@zxcvbn-ts/language-common`), checked as typed, with common character
 * substitutions undone, and with digits and symbols stripped from the ends
 * (`Password2024!` is `password`).
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export interface PasswordContext {
  userPrincipalName?: string | undefined;
  displayName?: string | undefined;
}

let common: Set<string> | null = null;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common']));

const SUBSTITUTIONS: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't' };
const undoSubstitutions = (text: string) => [...text].map((c) => SUBSTITUTIONS[c] ?? c).join('');
const withoutEnds = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm', 'qwertzuiopasdfghjklyxcvbnm', 'azertyuiopqsdfghjklmwxcvbn', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p'];
const isSequence = (text: string) => {
  const unrolled = (s: string) => s.repeat(Math.ceil(PASSWORD_MAX / s.length) + 1);
  return SEQUENCES.some((s) => unrolled(s).includes(text) || unrolled([...s].reverse().join('')).includes(text));
};

/** The words of a person's name and user principal name, and the service's, that a password must not be made of. */
function contextWords(context: PasswordContext): string[] {
  const words = ['licensehub'];
  const [local, domain] = (context.userPrincipalName ?? '').toLowerCase().split('@');
  if (local) words.push(local, ...local.split(/[._+'-]+/));
  if (domain) words.push(domain.split('.')[0]!);
  if (context.displayName) words.push(...context.displayName.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 3))].sort((a, b) => b.length - a.length);
}

/** Why this password may not be used, said so that a person can pick a better one, or null. */
export function passwordProblemFor(password: string, context: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  const text = password.normalize('NFKC').toLowerCase();
  if (new Set(text.replace(/\s/g, '')).size < 4) return 'repeats too few different characters; use a few unrelated words instead';
  const repeated = /^(.+?)\1+$/su.exec(text);
  if (repeated && ([...repeated[1]!].length <= 4 || commonPasswords().has(repeated[1]!))) return 'is a short sequence repeated; use a few unrelated words instead';
  if (isSequence(text) || isSequence(undoSubstitutions(text))) return 'is a run of neighbouring keys or characters; use a few unrelated words instead';
  const variants = new Set([text, undoSubstitutions(text), withoutEnds(text), withoutEnds(undoSubstitutions(text)), withoutEnds(undoSubstitutions(withoutEnds(text)))]);
  if ([...variants].some((v) => v.length >= 4 && commonPasswords().has(v))) {
    return 'is on a list of common or breached passwords; choose something less predictable, such as a few unrelated words';
  }
  let letters = undoSubstitutions(text).replace(/[^\p{L}]/gu, '');
  for (const word of contextWords(context)) letters = letters.split(word).join('');
  if ([...letters].length < 4) return 'is built from your name, your user principal name or the service name; choose something unrelated to them';
  return null;
}
