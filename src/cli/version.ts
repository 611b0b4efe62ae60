import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI's version from the project's package.json. The file sits two
 * folders up from src/cli but three from dist/src/cli, so we look upwards.
 */
export function cliVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      if (typeof manifest === 'object' && manifest !== null && 'name' in manifest && manifest.name === 'licensehub' && 'version' in manifest && typeof manifest.version === 'string') {
        return manifest.version;
      }
    } catch {
      // no package.json here; keep looking upwards
    }
    folder = dirname(folder);
  }
  return '0.0.0';
}
