import { Badge } from '@fluentui/react-components';
import type { ApiToken } from '../../api/apiTokens';

/** Active, expired or revoked, as of now. */
export function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revokedAt) return <Badge appearance="tint" color="subtle">Revoked</Badge>;
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return <Badge appearance="tint" color="warning">Expired</Badge>;
  return <Badge appearance="tint" color="success">Active</Badge>;
}

export const isUsable = (token: ApiToken) => !token.revokedAt && !(token.expiresAt && new Date(token.expiresAt) <= new Date());
