/**
 * Entry names decide where a file lands when someone extracts the package, so
 * anything that could land outside the package folder, or mean different
 * things on different systems, is refused rather than cleaned up.
 */

// Characters Windows can't put in a file name; ":" also covers drive letters and NTFS alternate streams.
const WINDOWS_RESERVED = /[:*?"<>|]/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const isDirectoryEntry = (name: string) => name.endsWith('/');

/** Why this entry name is unsafe, or null when it is a plain relative path inside the package. */
export function unsafeEntryPathReason(name: string): string | null {
  if (name === '') return 'has an empty name';
  if (name.includes('\\')) return 'uses backslashes; zip entry paths must use "/"';
  if (CONTROL_CHARACTERS.test(name)) return 'contains control characters';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter, an absolute path';
  if (name.startsWith('/')) return 'is an absolute path';
  if (WINDOWS_RESERVED.test(name)) return 'contains a character that is not allowed in file names (: * ? " < > |)';
  const segments = (isDirectoryEntry(name) ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'contains a ".." segment, which escapes the package folder';
  if (segments.some((s) => s === '' || s === '.')) return 'contains an empty or "." path segment';
  return null;
}

/**
 * The key two entries collide on once extracted: case-insensitive file
 * systems (Windows, macOS) and Unicode normalization (macOS stores NFD) would
 * make "Solution.json" overwrite "solution.json".
 */
export const entryCollisionKey = (name: string) => name.normalize('NFC').toLowerCase();
