import type { ColumnType, Generated } from 'kysely';
import type { ClaimMappings, GroupMapping } from '../domain/identity/ssoClaims.js';
import type { Role, SessionMfaState } from '../domain/identity/roles.js';
import type { LedgerKind, LicenseRequestDecider, LicenseRequestStatus, ProductState } from '../domain/licenses/licenseKinds.js';
import type { LeadDelivery, LeadStatus } from '../domain/marketplace/leads.js';
import type { OfferStatus } from '../domain/offers/offerStatus.js';
import type { RelationshipStatus } from '../domain/relationships/relationshipStatus.js';
import type { ProgramStatus, TenantKind } from '../domain/tenants/tenantKinds.js';

// The value types (roles, states, kinds) are the domain's; the tables only store them.
export type { LedgerKind, LeadDelivery, LeadStatus, LicenseRequestDecider, LicenseRequestStatus, OfferStatus, ProductState, ProgramStatus, RelationshipStatus, Role, SessionMfaState, TenantKind };

/** Row types of every table, as the query layer sees them. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface TenantsTable {
  id: string;
  display_name: string;
  primary_domain: string;
  country: string;
  kind: ColumnType<TenantKind, TenantKind | undefined, TenantKind>;
  is_publisher: ColumnType<boolean, boolean | undefined, boolean>;
  partner_id: string | null;
  program_status: ColumnType<ProgramStatus, ProgramStatus | undefined, ProgramStatus>;
  program_decision_reason: string | null;
  /** The short id in Service IDs (`<publisherId>.<offerId>.<planId>`); set when the tenant becomes a publisher. */
  publisher_id: string | null;
  marketplace_enrolled: ColumnType<boolean, boolean | undefined, boolean>;
  /** The tenant's admins must sign in with a second factor (migration 010). */
  require_mfa_for_admins: ColumnType<boolean, boolean | undefined, boolean>;
  program_applied_at: Date | null;
  program_decided_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  user_principal_name: string;
  display_name: string;
  usage_location: string | null;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  password_hash: string | null;
  /** Where the user comes from (migration 012). */
  source: ColumnType<DirectorySource, DirectorySource | undefined, DirectorySource>;
  external_id: ColumnType<string | null, string | null | undefined, string | null>;
  department: ColumnType<string | null, string | null | undefined, string | null>;
  manager_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** SCIM attributes the directory does not model, echoed back to the provider. */
  scim_profile: ColumnType<Record<string, unknown>, string | undefined, string>;
  scim_deleted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type DirectorySource = 'local' | 'scim' | 'sso';

export interface GroupsTable {
  id: string;
  tenant_id: string;
  display_name: string;
  description: ColumnType<string, string | undefined, string>;
  source: ColumnType<'local' | 'scim', 'local' | 'scim' | undefined, 'local' | 'scim'>;
  external_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface GroupMembersTable {
  tenant_id: string;
  group_id: string;
  member_user_id: string | null;
  member_group_id: string | null;
  added_at: CreatedAt;
  /** The identity provider whose group mapping granted it at sign-in (taken away when the claim goes); null when an admin or SCIM did. */
  granted_by_provider_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RoleAssignmentsTable {
  tenant_id: string;
  user_id: string;
  role: Role;
  /** The identity provider whose group mapping granted it at sign-in; null when an admin did. */
  granted_by_provider_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  tenant_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
  /** 'challenge': password checked, code still due; 'enrol': must set up MFA before anything else. */
  mfa_state: ColumnType<SessionMfaState, SessionMfaState | undefined, SessionMfaState>;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  blocked_until: Date | null;
  updated_at: Date;
}

export interface UserMfaTable {
  user_id: string;
  tenant_id: string;
  secret_sealed: string;
  enrolled_at: Date | null;
  last_step: ColumnType<string, string | number | undefined, string | number>;
  created_at: CreatedAt;
}

export interface MfaRecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface ApiTokensTable {
  id: string;
  tenant_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string[];
  created_at: CreatedAt;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  tenant_id: string | null;
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string | null;
  summary: string;
  detail: ColumnType<Record<string, unknown>, string | undefined, never>;
  occurred_at: CreatedAt;
}

type Json<T> = ColumnType<T, string | undefined, string>;

export interface OffersTable {
  id: string;
  tenant_id: string;
  offer_id: string;
  license_management: ColumnType<boolean, boolean | undefined, boolean>;
  allow_install_without_license: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<OfferStatus, OfferStatus | undefined, OfferStatus>;
  name: string;
  summary: ColumnType<string, string | undefined, string>;
  description: ColumnType<string, string | undefined, string>;
  categories: ColumnType<string[], string[] | undefined, string[]>;
  logo: Buffer | null;
  logo_content_type: string | null;
  /** A short price line for the listing, e.g. "From $8 per user/month" (migration 018). */
  pricing_text: ColumnType<string, string | undefined, string>;
  support_url: string | null;
  privacy_url: string | null;
  launch_url: string | null;
  current_package_id: string | null;
  /** The package customers get; set by publishing (migration 004). */
  published_package_id: string | null;
  published_at: Date | null;
  stop_sold_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PlansTable {
  id: string;
  tenant_id: string;
  offer_id: string;
  plan_id: string;
  service_id: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  /** Days of free trial the publisher offers for the plan, or null (migration 018). */
  trial_days: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An offer's listing screenshots, at most 5, shown in the order added (migration 018). */
export interface OfferScreenshotsTable {
  id: string;
  seq: Generated<number>;
  tenant_id: string;
  offer_id: string;
  alt_text: string;
  content_type: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: Buffer;
  created_at: Date;
}

export interface SolutionPackagesTable {
  id: string;
  tenant_id: string;
  offer_id: string;
  unique_name: string;
  version: string;
  manifest: Json<unknown>;
  license: Json<unknown>;
  archive: Buffer;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface AppModulesTable {
  offer_id: string;
  unique_name: string;
  display_name: string;
}

export interface AppModulePlansTable {
  offer_id: string;
  app_module: string;
  plan_id: string;
  display_name: string;
  more_info_url: string;
}

export interface RelationshipsTable {
  id: string;
  publisher_tenant_id: string;
  customer_tenant_id: string | null;
  invitation_code_hash: string;
  status: ColumnType<RelationshipStatus, RelationshipStatus | undefined, RelationshipStatus>;
  message: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  responded_at: Date | null;
  responded_by: string | null;
  ended_at: Date | null;
  ended_by_tenant_id: string | null;
}

export interface DealsTable {
  id: string;
  publisher_tenant_id: string;
  customer_tenant_id: string;
  offer_id: string;
  customer_company: string;
  customer_country: string;
  customer_city: string;
  customer_state: ColumnType<string, string | undefined, string>;
  total_contract_value: ColumnType<number, number | string, number | string>;
  total_contract_currency: string;
  solution_value: ColumnType<number, number | string, number | string>;
  solution_currency: string;
  deployment: string;
  /** 'YYYY-MM-DD' */
  signed_date: string;
  start_date: string;
  end_date: string | null;
  contact_first_name: string;
  contact_last_name: string;
  contact_phone: string;
  contact_email: string;
  contract_type: 'new' | 'renewal';
  status: ColumnType<'registered' | 'cancelled', 'registered' | 'cancelled' | undefined, 'registered' | 'cancelled'>;
  idempotency_key: string | null;
  /** SHA-256 of the registration request the key was first used with (migration 005). */
  idempotency_fingerprint: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  cancelled_at: Date | null;
}

export interface DealLicensesTable {
  deal_id: string;
  plan_id: string;
  customer_tenant_id: string;
  quantity: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProductsTable {
  tenant_id: string;
  plan_id: string;
  purchased: ColumnType<number, number | undefined, number>;
  assigned: ColumnType<number, number | undefined, number>;
  state: ColumnType<ProductState, ProductState | undefined, ProductState>;
  next_change_at: Date | null;
  updated_at: Timestamp;
}

export interface LicenseAssignmentsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  user_id: string | null;
  group_id: string | null;
  assigned_at: Timestamp;
  assigned_by: string | null;
}

export interface SeatHoldingsTable {
  tenant_id: string;
  plan_id: string;
  user_id: string;
  state: 'active' | 'not_enough_licenses';
  since: Date;
  sources: Json<({ kind: 'direct' } | { kind: 'group'; groupId: string })[]>;
}

export interface EnvironmentsTable {
  id: string;
  tenant_id: string;
  name: string;
  is_default: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
}

export interface InstallationsTable {
  id: string;
  tenant_id: string;
  environment_id: string;
  offer_id: string;
  package_id: string;
  installed_by: string | null;
  installed_at: CreatedAt;
  updated_at: Timestamp;
}

export interface LicenseLedgerTable {
  id: Generated<number>;
  occurred_at: Date;
  tenant_id: string;
  publisher_tenant_id: string;
  offer_id: string;
  plan_id: string;
  service_id: string;
  deal_id: string | null;
  user_id: string | null;
  kind: LedgerKind;
  delta: number;
  purchased_after: number;
  assigned_after: number;
  state_after: ProductState;
  actor_user_id: string | null;
  reason: string;
}

export interface SigningKeysTable {
  kid: string;
  algorithm: string;
  public_jwk: Json<Record<string, unknown>>;
  /** Before migration 010 only; sealed into private_key_sealed at the next start. */
  private_jwk: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  /** The private JWK, AES-256-GCM-sealed with the server's secret key. */
  private_key_sealed: string | null;
  created_at: CreatedAt;
  retires_at: Date;
  expires_at: Date;
}

export interface LicenseRequestsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  offer_id: string;
  app_module: string;
  plan_id: string | null;
  message: ColumnType<string, string | undefined, string>;
  status: ColumnType<LicenseRequestStatus, LicenseRequestStatus | undefined, LicenseRequestStatus>;
  created_at: CreatedAt;
  decided_at: Date | null;
  decided_by: string | null;
  /** Who or what decided it (migration 020); null while pending. */
  decided_via: ColumnType<LicenseRequestDecider | null, LicenseRequestDecider | null | undefined, LicenseRequestDecider | null>;
  decision_note: ColumnType<string, string | undefined, string>;
}

export interface LeadsTable {
  id: string;
  publisher_tenant_id: string;
  offer_id: string;
  name: string;
  email: string;
  company: string;
  country: string;
  phone: ColumnType<string, string | undefined, string>;
  message: string;
  consent: boolean;
  status: ColumnType<LeadStatus, LeadStatus | undefined, LeadStatus>;
  delivery: ColumnType<LeadDelivery, LeadDelivery | undefined, LeadDelivery>;
  /** Why a lead was not delivered, in a sentence (migration 021); null otherwise. */
  delivery_note: ColumnType<string | null, string | null | undefined, string | null>;
  visitor_user_id: string | null;
  visitor_tenant_id: string | null;
  visitor_key: string;
  received_at: Date;
  updated_at: Timestamp;
}

export interface LeadNotesTable {
  id: string;
  lead_id: string;
  publisher_tenant_id: string;
  text: string;
  author_user_id: string | null;
  author_name: string;
  created_at: Date;
}

/** A product's position after its last ledger row of one UTC month (migration 009; maintained by a trigger). */
export interface LicensePositionsMonthlyTable {
  tenant_id: string;
  plan_id: string;
  /** 'YYYY-MM-01' */
  period: string;
  publisher_tenant_id: string;
  offer_id: string;
  service_id: string;
  purchased: number;
  assigned: number;
  state: ProductState;
  last_at: Date;
  last_id: number;
  first_provisioned_at: Date | null;
}

/** When a user last opened an app of an offer through the launch link (migration 009). */
export interface AppLaunchesTable {
  tenant_id: string;
  user_id: string;
  offer_id: string;
  last_launched_at: Date;
}

/** One event of the change feed, a CloudEvents 1.0 envelope (migration 011). */
export interface LicenseEventsTable {
  /** bigint: kept as a string so it never loses precision in JavaScript. */
  revision: ColumnType<string, string | bigint, never>;
  position: number;
  id: string;
  type: string;
  source: string;
  subject: string;
  time: Date;
  tenant_id: string | null;
  publisher_tenant_id: string | null;
  data: ColumnType<unknown, string, never>;
}

/** A publisher's webhook endpoint for change-feed events (migration 015). */
export interface WebhookEndpointsTable {
  id: string;
  tenant_id: string;
  url: string;
  description: ColumnType<string, string | undefined, string>;
  event_types: ColumnType<string[], string, string>;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  /** Null only until a server seals secret_to_seal (migration 018). */
  secret_sealed: string | null;
  /**
   * A secret in clear that the dispatcher seals (as whsec_ + base64 of its bytes) before the first delivery, then clears:
   * an offer's lead webhook secret moved by migration 018, or the demo's.
   */
  secret_to_seal: ColumnType<string | null, string | null | undefined, string | null>;
  /** Only events that name this offer (data.offerId); null: all the publisher's events (migration 018). */
  offer_id: ColumnType<string | null, string | null | undefined, string | null>;
  previous_secret_sealed: string | null;
  previous_secret_until: Date | null;
  /** bigint: the last revision turned into deliveries. */
  cursor: ColumnType<string, string | bigint, string | bigint>;
  lease_until: Date | null;
  paused_at: Date | null;
  paused_reason: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Timestamp;
}

export type WebhookDeliveryState = 'pending' | 'delivered' | 'parked';

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  endpoint_id: string;
  /** webhook-id: the event's id (the same on every retry and replay) or test_<uuid>. */
  message_id: string;
  event_type: string;
  revision: ColumnType<string | null, string | bigint | null, never>;
  /** The event's CloudEvents subject (migration 018; null for tests and older rows). */
  subject: ColumnType<string | null, string | null | undefined, never>;
  body: string;
  state: WebhookDeliveryState;
  attempts: ColumnType<number, number | undefined, number>;
  /** Attempts since the delivery was (re)queued; the backoff counts these. */
  tries: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Timestamp;
}

export interface WebhookDeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  at: Date;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

/** What a person sees behind the bell (migration 013). */
export interface NotificationsTable {
  id: string;
  seq: Generated<string>;
  tenant_id: string;
  user_id: string;
  kind: string;
  data: Json<Record<string, unknown>>;
  created_at: Date;
  read_at: Date | null;
}

export type NotificationEmailState = 'pending' | 'sent' | 'failed';

/** The email outbox (migration 013). */
export interface NotificationEmailsTable {
  id: string;
  notification_id: string | null;
  user_id: string | null;
  tenant_id: string | null;
  to_address: string;
  kind: string;
  data: Json<Record<string, unknown>>;
  state: ColumnType<NotificationEmailState, NotificationEmailState | undefined, NotificationEmailState>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date | null;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  updated_at: Date;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  email: boolean;
  updated_at: Date;
}

export interface SeatAlertsTable {
  tenant_id: string;
  plan_id: string;
  level: number;
  updated_at: Date;
}

export interface DealExpiryNoticesTable {
  deal_id: string;
  days_ahead: number;
  sent_at: Date;
}

/** A tenant's SCIM bearer token (migration 012). */
export interface ScimTokensTable {
  id: string;
  tenant_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_by_name: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** One SCIM request and its outcome: the provisioning log (migration 012). */
export interface ScimOperationsTable {
  id: Generated<string>;
  tenant_id: string;
  token_id: string | null;
  method: string;
  path: string;
  resource_type: string | null;
  resource_id: string | null;
  status: number;
  outcome: string;
  duration_ms: number;
  occurred_at: CreatedAt;
}

/** A domain claimed by a tenant (migration 012); one domain, one tenant. */
export interface TenantDomainsTable {
  domain: string;
  tenant_id: string;
  verification_token: string;
  verified_at: Date | null;
  verified_by: string | null;
  created_at: CreatedAt;
}

export interface OidcDiscovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

/** A tenant's OpenID Connect provider (migration 012). */
export interface IdentityProvidersTable {
  id: string;
  tenant_id: string;
  type: 'oidc';
  display_name: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  domains: string[];
  jit: boolean;
  passwords_allowed: boolean;
  claim_mappings: ColumnType<ClaimMappings, string, string>;
  group_mappings: ColumnType<GroupMapping[], string, string>;
  discovery: ColumnType<OidcDiscovery, string, string>;
  last_test_at: Date | null;
  last_test_outcome: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A sign-in under way with an identity provider (migration 012). */
export interface OidcSignInsTable {
  state_hash: string;
  provider_id: string;
  nonce: string;
  code_verifier_sealed: string;
  return_to: string;
  test: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface SeatUsageTable {
  tenant_id: string;
  plan_id: string;
  user_id: string;
  last_used_at: Date;
}

export type AutoClaimMode = 'off' | 'anyone' | 'group';
export type WaitingRoomMode = 'off' | 'automatic' | 'manual';

export interface SeatPoliciesTable {
  tenant_id: string;
  plan_id: string;
  auto_claim: AutoClaimMode;
  auto_claim_group_id: string | null;
  waiting_room: WaitingRoomMode;
  reclaim_after_days: number | null;
  reclaim_notice_days: number;
  exclusion_group_id: string | null;
  updated_at: Date;
}

export type WaitingReason = 'launch' | 'claim' | 'request' | 'reclaimed';

export interface SeatWaitingTable {
  seq: Generated<string>;
  tenant_id: string;
  plan_id: string;
  user_id: string;
  reason: WaitingReason;
  joined_at: Date;
}

export type ReclamationState = 'announced' | 'cancelled' | 'reclaimed' | 'undone';

export interface SeatReclamationsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  user_id: string;
  state: ReclamationState;
  last_used_at: Date | null;
  announced_at: Date;
  due_at: Date;
  reclaimed_at: Date | null;
  undone_at: Date | null;
}

export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  offers: OffersTable;
  plans: PlansTable;
  offer_screenshots: OfferScreenshotsTable;
  solution_packages: SolutionPackagesTable;
  app_modules: AppModulesTable;
  app_module_plans: AppModulePlansTable;
  relationships: RelationshipsTable;
  deals: DealsTable;
  deal_licenses: DealLicensesTable;
  products: ProductsTable;
  license_assignments: LicenseAssignmentsTable;
  seat_holdings: SeatHoldingsTable;
  environments: EnvironmentsTable;
  installations: InstallationsTable;
  license_ledger: LicenseLedgerTable;
  signing_keys: SigningKeysTable;
  license_requests: LicenseRequestsTable;
  leads: LeadsTable;
  lead_notes: LeadNotesTable;
  license_positions_monthly: LicensePositionsMonthlyTable;
  app_launches: AppLaunchesTable;
  sign_in_throttle: SignInThrottleTable;
  user_mfa: UserMfaTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  license_events: LicenseEventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  notifications: NotificationsTable;
  notification_emails: NotificationEmailsTable;
  notification_preferences: NotificationPreferencesTable;
  seat_alerts: SeatAlertsTable;
  deal_expiry_notices: DealExpiryNoticesTable;
  scim_tokens: ScimTokensTable;
  scim_operations: ScimOperationsTable;
  tenant_domains: TenantDomainsTable;
  identity_providers: IdentityProvidersTable;
  oidc_sign_ins: OidcSignInsTable;
  seat_usage: SeatUsageTable;
  seat_policies: SeatPoliciesTable;
  seat_waiting: SeatWaitingTable;
  seat_reclamations: SeatReclamationsTable;
}
