import { z } from 'zod';
import type { EnvironmentRecord, InstalledAppRecord } from '../../../store/licensing/environments.js';
import { displayName, guid, isoDate, tenantParams } from '../../common/schemas.js';

export const environmentParams = tenantParams.extend({ environmentId: guid('environment ID') });
export const installationParams = environmentParams.extend({ installationId: guid('installed app ID') });

export const environmentSchema = z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string(), isDefault: z.boolean(), installedApps: z.number().int(), createdAt: isoDate });

export const presentEnvironment = (e: EnvironmentRecord): z.infer<typeof environmentSchema> => ({ ...e, createdAt: e.createdAt.toISOString() });

export const environmentBody = z.strictObject({ name: displayName(100) });

export const installedAppSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  environment: z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string() }),
  offer: z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string(), publisherName: z.string() }),
  version: z.string(),
  latestVersion: z.string().nullable(),
  updateAvailable: z.boolean(),
  installedAt: isoDate,
  updatedAt: isoDate,
});

export const presentInstalledApp = (a: InstalledAppRecord): z.infer<typeof installedAppSchema> => ({
  ...a,
  installedAt: a.installedAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

export const installBody = z.strictObject({ offerId: guid('offer ID') });
