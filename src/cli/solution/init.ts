import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { MANIFEST_FILE, uniqueNameProblem, validatePublisherId, type SolutionManifest } from '../../domain/packages/index.js';
import { CliError } from '../cliError.js';
import type { CliIo } from '../io.js';

export interface InitOptions {
  name: string;
  publisher: string;
  displayName?: string;
}

/** `licensehub solution init [dir]`: a new solution folder with a manifest to fill in and a README of next steps. */
export async function initSolution(dir: string | undefined, options: InitOptions, io: CliIo): Promise<number> {
  const problems = [uniqueNameProblem(options.name), validatePublisherId(options.publisher)].filter((p): p is string => p !== null);
  if (problems.length) throw new CliError(problems.join('\n'));
  const folder = resolve(io.cwd, dir ?? options.name);
  const manifest = starterManifest(options);

  await mkdir(folder, { recursive: true });
  // 'wx' refuses to overwrite: re-running init must never lose a filled-in manifest.
  const written = await writeFile(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (!written) throw new CliError(`${join(folder, MANIFEST_FILE)} already exists; init does not overwrite it`);
  const readmeWritten = await writeFile(join(folder, 'README.md'), starterReadme(manifest), { flag: 'wx' }).then(
    () => true,
    () => false,
  );

  const shown = relative(io.cwd, folder) || '.';
  io.stdout.write(`Created ${join(shown, MANIFEST_FILE)}${readmeWritten ? ` and ${join(shown, 'README.md')}` : ''}\n`);
  io.stdout.write(`Next: list your app modules in ${MANIFEST_FILE}, write plans.csv and mapping.csv, then run "licensehub solution add-license" (see README.md).\n`);
  return 0;
}

function starterManifest({ name, publisher, displayName }: InitOptions): SolutionManifest {
  const title = displayName?.trim() || name;
  return {
    uniqueName: name,
    displayName: title,
    version: '1.0.0.0',
    publisher,
    // A placeholder so the manifest is valid from the start; rename it to your app's unique name.
    appModules: [{ uniqueName: `${name.toLowerCase().slice(0, 60)}_app`, displayName: title }],
  };
}

function starterReadme(manifest: SolutionManifest): string {
  const appModule = manifest.appModules[0]!.uniqueName;
  const serviceId = (plan: string) => `${manifest.publisher}.<offerId>.${plan}`;
  return `# ${manifest.displayName}

A LicenseHub solution folder. See docs/package-format.md in LicenseHub for the full format.

1. Edit \`solution.json\`: set the version and list every app module (model-driven app) the
   solution contains, each with its \`uniqueName\` and \`displayName\`.
2. Create your offer and its plans in Partner Center; each plan shows its Service ID,
   \`<publisherId>.<offerId>.<planId>\`.
3. Write the plan definition file, \`plans.csv\`:

   \`\`\`csv
   Service ID,Display name,More info URL
   ${serviceId('premium')},Premium,https://www.example.com/plans/premium
   ${serviceId('standard')},Standard,https://www.example.com/plans/standard
   \`\`\`

4. Write the plan mapping file, \`mapping.csv\`: one row per (plan, app module) pair. A plan
   that licenses several apps repeats its Service ID. An app module no plan maps needs no
   license (a freemium offer needs at least one such module).

   \`\`\`csv
   Service ID,Component name
   ${serviceId('premium')},${appModule}
   ${serviceId('standard')},${appModule}
   \`\`\`

5. Turn the CSVs into \`license.json\`, build the package, and check it as the server will:

   \`\`\`sh
   licensehub solution add-license --plan-definitions plans.csv --plan-mapping mapping.csv
   licensehub solution pack --out ${manifest.uniqueName}.zip
   licensehub solution check ${manifest.uniqueName}.zip
   \`\`\`

Files the solution ships besides the manifest go under \`components/\`. The CSVs and this
README stay out of the package.
`;
}
