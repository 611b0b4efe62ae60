import type { Command } from 'commander';
import type { CommandRunner } from '../commandRunner.js';
import { addLicense, type AddLicenseOptions } from './addLicense.js';
import { checkPackage, type CheckOptions } from './check.js';
import { initSolution, type InitOptions } from './init.js';
import { packSolution, type PackOptions } from './pack.js';

/** `licensehub solution …`: offline work on a solution folder; none of these talk to a server. */
export function registerSolutionCommands(program: Command, run: CommandRunner): void {
  const solution = program.command('solution').description('Create, license, pack and check solution packages (offline)');

  solution
    .command('init')
    .description('Create a solution folder with a solution.json to fill in')
    .argument('[dir]', 'folder to create (default: the unique name)')
    .requiredOption('--name <uniqueName>', 'solution unique name: letters, digits and _, starting with a letter')
    .requiredOption('--publisher <publisherId>', 'your publisher ID, as in your Service IDs')
    .option('--display-name <name>', 'solution display name (default: the unique name)')
    .action((dir: string | undefined, options: InitOptions) => run((io) => initSolution(dir, options, io)));

  solution
    .command('add-license')
    .description('Turn the plan definition and plan mapping CSVs into the solution\'s license.json')
    .requiredOption('--plan-definitions <file>', 'CSV with columns: Service ID, Display name, More info URL')
    .requiredOption('--plan-mapping <file>', 'CSV with columns: Service ID, Component name')
    .option('--solution <dir>', 'solution folder (default: the current folder)')
    .action((options: AddLicenseOptions) => run((io) => addLicense(options, io)));

  solution
    .command('pack')
    .description('Build the package zip from a solution folder, validating it as the server will')
    .option('--solution <dir>', 'solution folder (default: the current folder)')
    .option('--out <file>', 'zip to write (default: <uniqueName>_<version>.zip)')
    .action((options: PackOptions) => run((io) => packSolution(options, io)));

  solution
    .command('check')
    .description('Run the server\'s package validation offline; exit code 0 when valid, 1 with problems')
    .argument('<zip-or-folder>', 'a package zip or a solution folder')
    .option('--json', 'print the result as JSON')
    .option('--offer-plans <serviceIds>', 'comma-separated Service IDs of the offer\'s plans; every plan must be one of them')
    .option('--publisher <publisherId>', 'the offer\'s publisher; the solution must name it')
    .option('--previous-version <version>', 'the offer\'s current package version; this one must be greater')
    .option('--freemium', 'the offer allows installs without licenses: at least one app module must stay unmapped')
    .action((target: string, options: CheckOptions) => run((io) => checkPackage(target, options, io)));
}
