/** Where the Microsoft Graph–compatible licensing API lives: a Graph script's base URL becomes <LicenseHub>/api/graph/v1.0. */
export const GRAPH_BASE = '/api/graph/v1.0';
/** Everything under it answers errors as Microsoft Graph does (v1.0 and beta). */
export const GRAPH_ROOT = '/api/graph/';
/** The beta endpoint: Graph's `cloudLicensing` namespace (allotments and waiting members) lives only there. */
export const GRAPH_BETA = '/api/graph/beta';
