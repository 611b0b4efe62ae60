import type { CommandContext } from '../commands/context.js';
import { addOfferScreenshot } from '../commands/partner/offerScreenshots.js';
import { readScreenshot } from '../domain/offers/screenshotImage.js';
import type { TenantScope } from '../policies/tenantScope.js';
import type { Rgb } from './pngCanvas.js';
import { drawMockup, type MockupKind } from './screenshotMockups.js';

/**
 * The demo offers' listing screenshots: two or three drawn screens per published offer, each with
 * the alt text a publisher would write. They are added through the command the upload route uses,
 * after the route's own header check (readScreenshot), so the demo obeys the same rules.
 */

export interface DemoScreenshot {
  kind: MockupKind;
  altText: string;
}

export const DEMO_SCREENSHOTS: Record<string, DemoScreenshot[]> = {
  fieldops: [
    { kind: 'list', altText: 'Work orders: today’s open jobs with their status and technician' },
    { kind: 'schedule', altText: 'The dispatch board: each technician’s visits across the day' },
    { kind: 'dashboard', altText: 'The service manager workspace: open jobs, first-time fixes and visits per month' },
  ],
  timesheets: [
    { kind: 'timesheet', altText: 'A week’s timesheet: hours per project and day, sent for approval' },
    { kind: 'list', altText: 'Timesheet approvals waiting for a manager' },
  ],
  routeplanner: [
    { kind: 'map', altText: 'One van’s route for the day: nine stops in order on the map' },
    { kind: 'schedule', altText: 'Every van’s stops across the day' },
  ],
  inspections: [
    { kind: 'checklist', altText: 'A site inspection: checklist items, photos and the inspector’s signature' },
    { kind: 'dashboard', altText: 'The compliance dashboard: findings by site and severity' },
    { kind: 'list', altText: 'Audit reports ready to export' },
  ],
  pipeline: [
    { kind: 'board', altText: 'Deals moving across the pipeline’s stages' },
    { kind: 'dashboard', altText: 'The quarter’s forecast against target' },
  ],
  shiftplanner: [
    { kind: 'rota', altText: 'The week’s rota: early, day and late shifts per person' },
    { kind: 'list', altText: 'Shift swaps and leave requests waiting for a manager' },
  ],
};

/** Draws and adds the offer's demo screenshots (none for an offer without any, e.g. the draft). */
export async function addDemoScreenshots(ctx: CommandContext, scope: TenantScope, offerKey: string, brand: Rgb): Promise<number> {
  const shots = DEMO_SCREENSHOTS[offerKey] ?? [];
  for (const [index, shot] of shots.entries()) {
    const bytes = drawMockup(shot.kind, brand, seedOf(offerKey) + index);
    const image = readScreenshot(bytes);
    if (!image.ok) throw new Error(`demo screenshot ${offerKey} #${index + 1}: ${image.message}`);
    await addOfferScreenshot(ctx, { scope, offerRef: offerKey, altText: shot.altText, image: { ...image, bytes } });
  }
  return shots.length;
}

/** A seed per offer, so two offers' screens of one kind differ but every demo draws the same. */
const seedOf = (offerKey: string) => [...offerKey].reduce((hash, c) => (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0, 7);
