/** Where the Microsoft Graph–compatible licensing API lives: a Graph script's base URL becomes <LicenseHub>/api/graph/v1.0. */
export const GRAPH_BASE = '/api/graph/v1.0';
