import type { Migration } from 'kysely';
import * as m001 from './001_directory.js';
import * as m002 from './002_partner.js';
import * as m003 from './003_licensing.js';
import * as m004 from './004_partner_extras.js';
import * as m005 from './005_licensing_extras.js';
import * as m006 from './006_runtime.js';
import * as m007 from './007_runtime_indexes.js';
import * as m008 from './008_marketplace.js';
import * as m009 from './009_reports.js';
import * as m010 from './010_security.js';
import * as m011 from './011_change_feed.js';
import * as m012 from './012_identity.js';
import * as m013 from './013_notifications.js';
import * as m014 from './014_seat_policies.js';
import * as m015 from './015_walls_default_environments.js';
import * as m016 from './016_webhooks.js';
import * as m017 from './017_sso_granted.js';
import * as m018 from './018_lead_webhooks.js';
import * as m019 from './019_listing_media.js';
import * as m020 from './020_license_request_decisions.js';
import * as m021 from './021_lead_delivery_ended.js';
import * as m022 from './022_guid_identifiers_in_events.js';

/**
 * Every migration, in order. Names are permanent: a migration that has run
 * anywhere is never edited, only followed by a new one.
 */
export const migrations: Record<string, Migration> = {
  '001_directory': m001,
  '002_partner': m002,
  '003_licensing': m003,
  '004_partner_extras': m004,
  '005_licensing_extras': m005,
  '006_runtime': m006,
  '007_runtime_indexes': m007,
  '008_marketplace': m008,
  '009_reports': m009,
  '010_security': m010,
  '011_change_feed': m011,
  '012_identity': m012,
  '013_notifications': m013,
  '014_seat_policies': m014,
  '015_walls_default_environments': m015,
  '016_webhooks': m016,
  '017_sso_granted': m017,
  '018_lead_webhooks': m018,
  '019_listing_media': m019,
  '020_license_request_decisions': m020,
  '021_lead_delivery_ended': m021,
  '022_guid_identifiers_in_events': m022,
};
