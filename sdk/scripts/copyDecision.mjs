// The SDK's local mode decides with the server's own decision function: this copies
// src/domain/licenses/decision.ts into the SDK (its two type imports pointed at the
// SDK's copies of those types). Run by the build; test/sharedDecision.test.ts fails
// when the copy in git differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdk = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = join(sdk, '..', 'src', 'domain', 'licenses', 'decision.ts');
export const TARGET = join(sdk, 'src', 'local', 'decision.ts');

export function sdkCopy(source) {
  const rewritten = source
    .replace("import type { SeatState } from '../seats/seatAllocation.js';", "import type { SeatState } from './decisionTypes.js';")
    .replace("import type { LicenseState } from './lifecycle.js';", "import type { LicenseState } from './decisionTypes.js';");
  if (/^import (?!type \{ (SeatState|LicenseState) \} from '\.\/decisionTypes\.js')/m.test(rewritten)) {
    throw new Error('decision.ts imports something the SDK copy cannot resolve; update sdk/scripts/copyDecision.mjs');
  }
  return `// Generated from src/domain/licenses/decision.ts by sdk/scripts/copyDecision.mjs: do not edit here.\n${rewritten}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // In a packed SDK without the server's sources next to it, the committed copy stands.
  let source;
  try {
    source = readFileSync(SOURCE, 'utf8');
  } catch {
    process.exit(0);
  }
  writeFileSync(TARGET, sdkCopy(source));
}
