import type { Command } from 'commander';
import type { CommandRunner } from '../commandRunner.js';
import { login, type LoginOptions } from './login.js';
import { createOffer, listOffers, publishOffer, setLogo, showOffer, updateOffer, type OfferFieldOptions } from './offers.js';
import { listPackages, uploadPackage } from './packages.js';
import { addPlan, listPlans } from './plans.js';
import { applyToProgram, showProgram, type ApplyOptions } from './program.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The listing and setup options of `offers create` and `offers update`. */
function offerFieldOptions(command: Command): Command {
  return command
    .option('--summary <text>', 'one line shown under the name')
    .option('--description <text>', 'what the app does')
    .option('--category <id>', 'a category ID (repeat for up to 3; see GET /api/v1/offer-categories)', collect)
    .option('--support-url <url>', 'support link')
    .option('--privacy-url <url>', 'privacy policy link')
    .option('--launch-url <url>', 'where the app opens')
    .option('--license-management', 'enable app license management through the platform')
    .option('--no-license-management', 'disable it (drafts only)')
    .option('--allow-install-without-licenses', 'let customers install without assigned licenses (freemium; needs license management)')
    .option('--no-allow-install-without-licenses', 'require licenses to install');
}

/**
 * Commands that talk to a LicenseHub server with an API token (create one
 * under Account → API tokens with the partner.read and partner.write scopes).
 */
export function registerServerCommands(program: Command, run: CommandRunner): void {
  program
    .command('login')
    .description('Check an API token against a server and remember both (LICENSEHUB_SERVER / LICENSEHUB_TOKEN override them)')
    .requiredOption('--server <url>', 'the LicenseHub server, e.g. https://licensehub.example.com')
    .requiredOption('--token <token>', 'an API token (lh_…)')
    .action((options: LoginOptions) => run((io) => login(options, io)));

  const programCommand = program.command('program').description('Your partner program enrollment');
  programCommand.command('show').description('Where you stand, prerequisite by prerequisite').action(() => run((io) => showProgram(io)));
  programCommand
    .command('apply')
    .description('Apply to the partner program (the operator approves)')
    .requiredOption('--publisher-id <id>', 'your publisher ID, the first part of every Service ID')
    .option('--partner-id <digits>', 'your partner ID, when none is on file')
    .option('--accept-marketplace-agreement', 'accept the marketplace publisher agreement (required)')
    .action((options: ApplyOptions) => run((io) => applyToProgram(options, io)));

  const offers = program.command('offers').description('Your offers in Partner Center');
  offers.command('list').description('List your offers').option('--json', 'print JSON').action((options: { json?: boolean }) => run((io) => listOffers(options, io)));
  offers
    .command('show')
    .description('An offer, its plans with their Service IDs, and what publishing still needs')
    .argument('<offer>', "the offer's GUID or its offer key")
    .option('--json', 'print JSON')
    .action((offer: string, options: { json?: boolean }) => run((io) => showOffer(offer, options, io)));
  offerFieldOptions(
    offers.command('create').description('Create a draft offer').argument('<offerKey>', 'the readable offer key, permanent: lowercase letters, digits, - and _').requiredOption('--name <name>', 'the offer name'),
  ).action((offerKey: string, options: OfferFieldOptions) => run((io) => createOffer(offerKey, options, io)));
  offerFieldOptions(offers.command('update').description("Change an offer's setup or listing").argument('<offer>', "the offer's GUID or its offer key").option('--name <name>', 'the offer name')).action(
    (offer: string, options: OfferFieldOptions) => run((io) => updateOffer(offer, options, io)),
  );
  offers
    .command('logo')
    .description("Upload the offer's logo (PNG or JPEG, at most 256 KiB)")
    .argument('<offer>', "the offer's GUID or its offer key")
    .argument('<file>')
    .action((offer: string, file: string) => run((io) => setLogo(offer, file, io)));
  offers
    .command('publish')
    .description('Publish the offer with its current package; prints every problem when it cannot')
    .argument('<offer>', "the offer's GUID or its offer key")
    .action((offer: string) => run((io) => publishOffer(offer, io)));

  const plans = program.command('plans').description("An offer's licensing plans");
  plans.command('list').argument('<offer>', "the offer's GUID or its offer key").description('List plans with their Service IDs').action((offer: string) => run((io) => listPlans(offer, io)));
  plans
    .command('add')
    .description('Add a plan; prints its Service ID')
    .argument('<offer>', "the offer's GUID or its offer key")
    .argument('<planKey>', 'the readable plan key, permanent: lowercase letters, digits, - and _, at most 50 characters')
    .requiredOption('--name <name>', 'the plan name customers see')
    .option('--description <text>', 'what the plan includes')
    .action((offer: string, planKey: string, options: { name: string; description?: string }) => run((io) => addPlan(offer, planKey, options, io)));

  const packages = program.command('packages').description("An offer's solution packages");
  packages.command('list').argument('<offer>', "the offer's GUID or its offer key").description('List package versions').action((offer: string) => run((io) => listPackages(offer, io)));
  packages
    .command('upload')
    .description('Upload a package zip (made by "licensehub solution pack"); it becomes the current package')
    .argument('<offer>', "the offer's GUID or its offer key")
    .argument('<zip>')
    .option('--publish', 'publish the offer once the package is stored')
    .action((offer: string, zip: string, options: { publish?: boolean }) => run((io) => uploadPackage(offer, zip, options, io)));
}
