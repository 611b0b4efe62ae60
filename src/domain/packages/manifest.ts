import { z } from 'zod';
import { readJsonFile } from './jsonFile.js';
import { requiredText, zodIssuesToProblems } from './jsonFields.js';
import { packageError, type PackageProblem } from './problems.js';
import { validatePublisherId } from './serviceId.js';
import { SOLUTION_VERSION_PATTERN, SOLUTION_VERSION_RULE } from './solutionVersion.js';

/** `solution.json`: what the solution is and which app modules (model-driven apps) it contains. */

export const MANIFEST_FILE = 'solution.json';
export const UNIQUE_NAME_MAX = 64;
export const DISPLAY_NAME_MAX = 200;
export const APP_MODULES_MAX = 500;

const UNIQUE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
const UNIQUE_NAME_RULE = 'must start with a letter and contain only letters, digits and "_"';

const uniqueName = requiredText(UNIQUE_NAME_MAX).regex(UNIQUE_NAME_PATTERN, UNIQUE_NAME_RULE);

const appModuleSchema = z.strictObject(
  { uniqueName, displayName: requiredText(DISPLAY_NAME_MAX) },
  { error: (issue) => (issue.input === undefined ? 'is required' : 'must be an object with uniqueName and displayName') },
);

export const manifestSchema = z.strictObject(
  {
    uniqueName,
    displayName: requiredText(DISPLAY_NAME_MAX),
    version: requiredText(50).regex(SOLUTION_VERSION_PATTERN, SOLUTION_VERSION_RULE),
    publisher: requiredText(100).superRefine((value, ctx) => {
      const problem = validatePublisherId(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    appModules: z
      .array(appModuleSchema, { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list of app modules') })
      .min(1, 'must list at least one app module')
      .max(APP_MODULES_MAX, `must list at most ${APP_MODULES_MAX} app modules`),
  },
  { error: 'solution.json must hold a JSON object' },
);

export type SolutionManifest = z.infer<typeof manifestSchema>;
export type AppModule = SolutionManifest['appModules'][number];

/** Why a solution or app module unique name is unacceptable, or null (used by `solution init`). */
export function uniqueNameProblem(name: string): string | null {
  const result = uniqueName.safeParse(name);
  return result.success ? null : `Unique name "${name}" ${result.error.issues[0]!.message}`;
}

export interface ManifestReading {
  /** The manifest when it is entirely valid. */
  manifest: SolutionManifest | null;
  /**
   * The fields that are valid on their own, so the license checks can still
   * run (and report every problem at once) when an unrelated field is wrong.
   */
  known: Partial<SolutionManifest>;
  problems: PackageProblem[];
}

export function readManifest(bytes: Uint8Array, file = MANIFEST_FILE): ManifestReading {
  const json = readJsonFile(bytes, file);
  if (!json.ok) return { manifest: null, known: {}, problems: [json.problem] };
  const parsed = manifestSchema.safeParse(json.value);
  const problems = parsed.success ? [] : zodIssuesToProblems(parsed.error.issues, 'manifest.invalid', file);
  const known = parsed.success ? parsed.data : validFieldsOf(json.value);
  if (known.appModules) problems.push(...duplicateAppModuleProblems(known.appModules, file));
  return { manifest: parsed.success && problems.length === 0 ? parsed.data : null, known, problems };
}

function validFieldsOf(value: unknown): Partial<SolutionManifest> {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const known: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(manifestSchema.shape)) {
    const field = fieldSchema.safeParse(raw[key]);
    if (field.success) known[key] = field.data;
  }
  return known as Partial<SolutionManifest>;
}

function duplicateAppModuleProblems(appModules: readonly AppModule[], file: string): PackageProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: PackageProblem[] = [];
  appModules.forEach((appModule, index) => {
    const first = firstIndex.get(appModule.uniqueName);
    if (first === undefined) firstIndex.set(appModule.uniqueName, index);
    else {
      problems.push(
        packageError('manifest.duplicate_app_module', `App module "${appModule.uniqueName}" is already listed at appModules[${first}]`, {
          file,
          path: `appModules[${index}].uniqueName`,
        }),
      );
    }
  });
  return problems;
}
