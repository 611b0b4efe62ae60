import { assignLicenses } from '../commands/licensing/assignLicenses.js';
import { unassignLicenses } from '../commands/licensing/unassignLicenses.js';
import { importUsers } from '../commands/directory/importUsers.js';
import { uploadPackage } from '../commands/partner/uploadPackage.js';

/**
 * The use cases whose command runs on the command thread (commandThread.ts),
 * not on the thread that answers license checks: those whose work grows with
 * the directory or the file (a plan assigned to a 10,000-member group
 * allocates, writes and ledgers 10,000 seats; a CSV import creates up to 5,000
 * users; a package upload stores up to 20 MiB). Their props are plain data,
 * and cross the thread boundary as they are: the tenant scope among them was
 * granted by the route's authorization on the main thread, not minted here.
 */
export const OFF_THREAD_COMMANDS = { assignLicenses, unassignLicenses, importUsers, uploadPackage };

export type OffThreadCommand = keyof typeof OFF_THREAD_COMMANDS;
export type OffThreadInput<N extends OffThreadCommand> = Parameters<(typeof OFF_THREAD_COMMANDS)[N]>[1];
export type OffThreadOutput<N extends OffThreadCommand> = Awaited<ReturnType<(typeof OFF_THREAD_COMMANDS)[N]>>;
