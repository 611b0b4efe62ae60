import type { LicenseEventInput } from '../store/changeFeed.js';
import type { CommandContext } from './context.js';

export type { LicenseEventInput };

/**
 * Records an event of the change feed. It is written in the command's own
 * transaction when the runner commits, with the transaction's revision, so an
 * event exists exactly when its change does.
 */
export function recordLicenseEvent(ctx: CommandContext, event: LicenseEventInput): void {
  ctx.events?.push(event);
}
