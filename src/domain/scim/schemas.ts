/**
 * The SCIM 2.0 vocabulary LicenseHub speaks (RFC 7643): schema URNs, which
 * attributes a User and a Group have, and the discovery documents
 * (ServiceProviderConfig, ResourceTypes, Schemas). Pure data.
 */

export const SCHEMA = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  /** LicenseHub's own extension: the Entra ID usageLocation (the country whose licenses apply). */
  licensehub: 'urn:licensehub:params:scim:schemas:extension:2.0:User',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

export const SCIM_CONTENT_TYPE = 'application/scim+json';

type AttrType = 'string' | 'boolean' | 'complex' | 'reference' | 'dateTime' | 'integer';
interface AttributeDefinition {
  name: string;
  type: AttrType;
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned?: 'always' | 'never' | 'default' | 'request';
  uniqueness?: 'none' | 'server' | 'global';
  subAttributes?: AttributeDefinition[];
  description?: string;
}

const str = (name: string, extra: Partial<AttributeDefinition> = {}): AttributeDefinition => ({ name, type: 'string', ...extra });
const multi = (name: string, sub: string[]): AttributeDefinition => ({
  name,
  type: 'complex',
  multiValued: true,
  subAttributes: [...sub.map((s) => str(s)), { name: 'primary', type: 'boolean' }],
});

export const USER_ATTRIBUTES: AttributeDefinition[] = [
  str('userName', { required: true, uniqueness: 'server', description: "The user principal name (name@one of the tenant's domains)" }),
  {
    name: 'name',
    type: 'complex',
    subAttributes: ['formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix'].map((s) => str(s)),
  },
  str('displayName', { description: 'The name shown in LicenseHub; from name.formatted, given and family name or userName when missing' }),
  str('nickName'),
  { name: 'profileUrl', type: 'reference' },
  str('title'),
  str('userType'),
  str('preferredLanguage'),
  str('locale'),
  str('timezone'),
  { name: 'active', type: 'boolean', description: 'false disables the user: sessions and tokens end, seats are released' },
  str('password', { mutability: 'writeOnly', returned: 'never', description: 'Accepted and ignored: people sign in with their organization' }),
  multi('emails', ['value', 'display', 'type']),
  multi('phoneNumbers', ['value', 'display', 'type']),
  multi('ims', ['value', 'display', 'type']),
  multi('photos', ['value', 'display', 'type']),
  multi('addresses', ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'type']),
  { name: 'groups', type: 'complex', multiValued: true, mutability: 'readOnly', subAttributes: [str('value'), str('display'), str('type')] },
  multi('entitlements', ['value', 'display', 'type']),
  multi('roles', ['value', 'display', 'type']),
  multi('x509Certificates', ['value', 'display', 'type']),
];

export const ENTERPRISE_ATTRIBUTES: AttributeDefinition[] = [
  str('employeeNumber'),
  str('costCenter'),
  str('organization'),
  str('division'),
  str('department'),
  { name: 'manager', type: 'complex', subAttributes: [str('value'), { name: '$ref', type: 'reference' }, str('displayName', { mutability: 'readOnly' })] },
];

export const LICENSEHUB_ATTRIBUTES: AttributeDefinition[] = [
  str('usageLocation', { description: 'ISO 3166-1 alpha-2 country code; decides which country licenses the user uses (like usageLocation in Entra ID)' }),
];

export const GROUP_ATTRIBUTES: AttributeDefinition[] = [
  str('displayName', { required: true, uniqueness: 'server' }),
  {
    name: 'members',
    type: 'complex',
    multiValued: true,
    subAttributes: [str('value', { mutability: 'immutable' }), { name: '$ref', type: 'reference' }, str('display'), str('type')],
  },
];

/** Top-level attribute names of a resource, lower-cased → canonical, for case-insensitive reading. */
export const canonicalNames = (attributes: AttributeDefinition[], common = ['id', 'externalId', 'meta', 'schemas']) =>
  new Map([...attributes.map((a) => a.name), ...common].map((n) => [n.toLowerCase(), n]));

export const attributeNames = (attributes: AttributeDefinition[]) => new Set(attributes.map((a) => a.name));

function schemaDocument(id: string, name: string, description: string, attributes: AttributeDefinition[], location: string) {
  const expand = (a: AttributeDefinition): Record<string, unknown> => ({
    name: a.name,
    type: a.type,
    multiValued: a.multiValued ?? false,
    description: a.description ?? '',
    required: a.required ?? false,
    caseExact: a.caseExact ?? false,
    mutability: a.mutability ?? 'readWrite',
    returned: a.returned ?? 'default',
    uniqueness: a.uniqueness ?? 'none',
    ...(a.subAttributes ? { subAttributes: a.subAttributes.map(expand) } : {}),
  });
  return { schemas: [SCHEMA.schema], id, name, description, attributes: attributes.map(expand), meta: { resourceType: 'Schema', location: `${location}/Schemas/${id}` } };
}

export function schemaDocuments(base: string) {
  return [
    schemaDocument(SCHEMA.user, 'User', 'User Account', USER_ATTRIBUTES, base),
    schemaDocument(SCHEMA.group, 'Group', 'Group', GROUP_ATTRIBUTES, base),
    schemaDocument(SCHEMA.enterprise, 'EnterpriseUser', 'Enterprise User', ENTERPRISE_ATTRIBUTES, base),
    schemaDocument(SCHEMA.licensehub, 'LicenseHubUser', 'LicenseHub user settings', LICENSEHUB_ATTRIBUTES, base),
  ];
}

export function resourceTypeDocuments(base: string) {
  return [
    {
      schemas: [SCHEMA.resourceType],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: SCHEMA.user,
      schemaExtensions: [
        { schema: SCHEMA.enterprise, required: false },
        { schema: SCHEMA.licensehub, required: false },
      ],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: [SCHEMA.resourceType],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'Group',
      schema: SCHEMA.group,
      schemaExtensions: [],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
    },
  ];
}

export function serviceProviderConfig(base: string, limits: { maxResults: number; maxBodyBytes: number }, documentationUri: string) {
  return {
    schemas: [SCHEMA.serviceProviderConfig],
    documentationUri,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: limits.maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'A SCIM token created by a Global admin in Admin Center → Identity, sent as Authorization: Bearer <token>',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}
