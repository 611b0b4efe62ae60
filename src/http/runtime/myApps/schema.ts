import { z } from 'zod';

export const myAppSchema = z.object({
  appModule: z.object({ uniqueName: z.string(), displayName: z.string() }),
  offer: z.object({
    id: z.string().meta({ format: 'uuid' }),
    name: z.string(),
    publisherName: z.string(),
    hasLaunchUrl: z.boolean().describe('false while the publisher has not said where the app opens'),
  }),
  decision: z.object({
    licensed: z.boolean().describe('May the user open it now (licensed, or no license required)'),
    code: z.string().describe('The license check code, e.g. LICENSED, NO_LICENSE_REQUIRED, NOT_ASSIGNED, NOT_ENOUGH_LICENSES, SUSPENDED'),
    detail: z.string(),
    requiredPlans: z.array(z.object({ serviceId: z.string(), displayName: z.string(), moreInfoUrl: z.string() })).describe('The plans that grant it; empty when it needs no license'),
  }),
  launchPath: z.string().describe('The link that opens it: /launch/{tenantId}/{appModule}'),
  request: z
    .object({
      id: z.string().meta({ format: 'uuid' }),
      status: z.enum(['pending', 'approved', 'declined']),
      createdAt: z.string(),
      decidedAt: z.string().nullable(),
      decidedBy: z
        .enum(['admin', 'waiting_room', 'assignment', 'auto_claim'])
        .nullable()
        .describe('What decided it (null while pending): an admin answering it, the waiting room giving a seat, an admin assigning the product another way, or the user claiming a free seat by opening the app'),
      decisionNote: z.string(),
    })
    .nullable()
    .describe("The user's latest license request for this app module and its outcome"),
});

export const myAppsAnswer = z.object({ items: z.array(myAppSchema) });
