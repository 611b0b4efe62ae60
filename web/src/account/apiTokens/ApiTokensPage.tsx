import {
  Badge,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, KeyMultipleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { listApiTokens, revokeApiToken, type ApiToken } from '../../api/apiTokens';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate, formatDateTime } from '../../components/formatting';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../components/Notifications';
import { PageHeader } from '../../components/PageHeader';
import { useApiResource } from '../../components/useApiResource';
import { CreateTokenDialog } from './CreateTokenDialog';
import { isUsable, TokenStatus } from './TokenStatus';
import { useDataTableStyles } from '../../components/dataTable';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  scopes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  prefix: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The signed-in user's tokens for scripts and integrations: create, see when they were used, revoke. */
export function ApiTokensPage() {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const notify = useNotify();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken>();
  const tokenList = useApiResource((signal) => listApiTokens(signal), []);

  return (
    <>
      <PageHeader
        title="API tokens"
        description={`Tokens let scripts call the LicenseHub API as you, limited to the permissions you choose. Send one as Authorization: Bearer <token>. Scripts written for Microsoft Graph's licensing calls work with a token that has the licenses scopes, at ${window.location.origin}/api/graph/v1.0.`}
      />
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} disabled={!tokenList.data} onClick={() => setCreating(true)}>
          Create token
        </Button>
      </div>
      <ErrorMessage error={tokenList.error} title="Couldn't load your tokens" />
      {!tokenList.data && tokenList.loading && <LoadingState />}
      {tokenList.data?.items.length === 0 && (
        <EmptyState icon={<KeyMultipleRegular />} title="No API tokens yet" message="Create a token to automate directory tasks from scripts or other systems." />
      )}
      {tokenList.data && tokenList.data.items.length > 0 && (
        <Table aria-label="API tokens" className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Token starts with</TableHeaderCell>
              <TableHeaderCell style={{ width: '28%' }}>Permissions</TableHeaderCell>
              <TableHeaderCell>Created</TableHeaderCell>
              <TableHeaderCell>Expires</TableHeaderCell>
              <TableHeaderCell>Last used</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell aria-label="Actions" />
            </TableRow>
          </TableHeader>
          <TableBody>
            {tokenList.data.items.map((token) => (
              <TableRow key={token.id}>
                <TableCell>
                  <Text weight="semibold">{token.name}</Text>
                </TableCell>
                <TableCell className={styles.prefix}>{token.prefix}…</TableCell>
                <TableCell>
                  <span className={styles.scopes}>
                    {token.scopes.map((scope) => (
                      <Badge key={scope} appearance="outline" color="informative">
                        {scope}
                      </Badge>
                    ))}
                  </span>
                </TableCell>
                <TableCell>{formatDate(token.createdAt)}</TableCell>
                <TableCell>{token.expiresAt ? formatDate(token.expiresAt) : 'Never'}</TableCell>
                <TableCell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className={styles.muted}>Never</span>}</TableCell>
                <TableCell>
                  <TokenStatus token={token} />
                </TableCell>
                <TableCell>
                  {isUsable(token) && (
                    <Button appearance="subtle" size="small" aria-label={`Revoke ${token.name}`} onClick={() => setRevoking(token)}>
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {creating && tokenList.data && (
        <CreateTokenDialog grantableScopes={tokenList.data.grantableScopes} onClose={() => setCreating(false)} onCreated={tokenList.reload} />
      )}
      {revoking && (
        <ConfirmDialog
          open
          title={`Revoke ${revoking.name}?`}
          confirmLabel="Revoke"
          onClose={() => setRevoking(undefined)}
          onConfirm={async () => {
            await revokeApiToken(revoking.id);
            notify(`${revoking.name} was revoked`);
            tokenList.reload();
          }}
        >
          Scripts using this token stop working at once. This can't be undone.
        </ConfirmDialog>
      )}
    </>
  );
}
