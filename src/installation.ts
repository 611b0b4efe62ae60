import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where LicenseHub itself is installed: the folder of its package.json. It is
 * one folder up from src/ in a checkout run with tsx, two up from dist/src/
 * when built, and somewhere under a global node_modules when installed from
 * the release tarball; the web app and the version are found from here, never
 * from the working directory the operator happens to start in.
 */
export function installationRoot(): string {
  return found().root;
}

export function installedVersion(): string {
  return found().version;
}

let cached: { root: string; version: string } | undefined;

function found(): { root: string; version: string } {
  if (cached) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'licensehub') return (cached = { root: folder, version: manifest.version ?? '0.0.0' });
    } catch {
      // no package.json here; keep looking upwards
    }
    folder = dirname(folder);
  }
  throw new Error(`LicenseHub's package.json was not found above ${fileURLToPath(import.meta.url)}`);
}
