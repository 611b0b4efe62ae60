import { z } from 'zod';
import { isoDate } from '../../common/schemas.js';

const uuid = () => z.string().meta({ format: 'uuid' });

const requestPlan = z
  .object({ id: uuid(), name: z.string(), freeSeats: z.number().int().describe('Seats of this product nobody holds right now') })
  .describe('Pending: the product approving assigns (the first with a free seat, else the first that grants the app). Approved: the product assigned. Null when declined or when the organization holds no product that grants the app');

export const licenseRequestSchema = z.object({
  id: uuid(),
  user: z.object({ id: uuid(), displayName: z.string(), userPrincipalName: z.string() }),
  appModule: z.string().describe("The app module's unique name, for scripts; people see appName and the plan's name"),
  appName: z.string().describe("The app module's display name"),
  offer: z.object({ id: uuid(), name: z.string() }),
  plan: requestPlan.nullable(),
  products: z
    .array(z.object({ id: uuid(), name: z.string(), freeSeats: z.number().int(), waitingRoom: z.enum(['off', 'automatic', 'manual']) }))
    .describe('The products the organization holds (active or in grace) that grant the app, by name: what an admin may pick when approving'),
  cannotApproveReason: z.string().nullable().describe('Pending requests: why approving cannot go through now (no product, no free seat), in a sentence; null when it can'),
  message: z.string(),
  status: z.enum(['pending', 'approved', 'declined']),
  createdAt: isoDate,
  decidedAt: isoDate.nullable(),
  decidedBy: z
    .object({
      kind: z
        .enum(['admin', 'waiting_room', 'assignment', 'auto_claim'])
        .describe(
          'admin: an admin approved or declined the request. waiting_room: the product\'s waiting room gave the requester a seat (by itself, or an admin approved them in the room). assignment: an admin gave them the product another way (directly, or through a group). auto_claim: they took a free seat by opening the app',
        ),
      user: z.object({ id: uuid(), displayName: z.string() }).nullable().describe('The admin who decided, when one did (null for the automatic waiting room, a claim, or an admin since deleted)'),
    })
    .nullable()
    .describe('Who or what decided the request; null while pending. A request closes by itself, approved, once its requester holds a seat that grants the app'),
  decisionNote: z.string().describe('The reason or note the admin gave with the decision'),
});
