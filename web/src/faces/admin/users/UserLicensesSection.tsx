import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { listProducts, listUserLicenses, type HolderSource, type UserLicense } from '../../../api/licenses';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { useApiResource } from '../../../components/useApiResource';
import { licenseAssigner } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { ChangeReport } from '../licenses/ChangeReport';
import { applyLicenseChanges, type ChangeOutcome } from '../licenses/licenseChanges';
import { ProductChoices } from '../licenses/ProductChoices';
import { DrawerSection } from './DrawerSection';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const groupNames = (sources: HolderSource[]) => sources.flatMap((s) => (s.kind === 'group' ? [s.via.length ? `${s.groupName} (via ${s.via.map((g) => g.name).join(' › ')})` : s.groupName] : []));
const isDirect = (license: UserLicense) => license.sources.some((s) => s.kind === 'direct');

/** "Direct", "Through group Sales", "Direct and through group Sales": where a license comes from. */
export function sourceText(license: UserLicense): string {
  const groups = groupNames(license.sources);
  const through = groups.length ? `through group ${groups.join(', ')}` : '';
  const waiting = license.state === 'not_enough_licenses' ? ' — waiting: not enough licenses' : license.state === 'user_disabled' ? ' — no seat while the account is disabled' : '';
  if (isDirect(license)) return (groups.length ? `Direct and ${through}` : 'Direct') + waiting;
  return `${through.charAt(0).toUpperCase()}${through.slice(1)}${waiting}`;
}

/**
 * "Licenses and apps" as in the Microsoft 365 admin center: a check box per product the
 * organization holds. Checking assigns it directly, unchecking removes the direct
 * assignment; a license that comes only through a group stays checked and disabled.
 */
export function UserLicensesSection({ tenantId, userId, onChanged }: { tenantId: string; userId: string; onChanged(): void }) {
  const styles = useStyles();
  const session = useSession();
  const canAssign = licenseAssigner.allows(session);
  const licenses = useApiResource((signal) => listUserLicenses(tenantId, userId, signal), [tenantId, userId]);
  const products = useApiResource((signal) => listProducts(tenantId, {}, signal), [tenantId]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ChangeOutcome[]>([]);

  const held = licenses.data?.items ?? [];
  const direct = held.filter(isDirect).map((l) => l.planId);
  const locked = Object.fromEntries(held.filter((l) => !isDirect(l)).map((l) => [l.planId, sourceText(l)]));
  const notes = Object.fromEntries(held.filter(isDirect).map((l) => [l.planId, sourceText(l)]));
  const value = chosen ?? direct;
  const add = value.filter((id) => !direct.includes(id));
  const remove = direct.filter((id) => !value.includes(id));
  const items = products.data?.items ?? [];
  // A product held but no longer listed (removed) still shows, so it can be unassigned.
  const shown = items.filter((p) => p.state !== 'removed' || held.some((l) => l.planId === p.planId));

  const save = async () => {
    setBusy(true);
    try {
      setOutcomes(await applyLicenseChanges(tenantId, { userIds: [userId] }, items, { add, remove }));
    } finally {
      setBusy(false);
      setChosen(null);
      licenses.reload();
      products.reload();
      onChanged();
    }
  };

  return (
    <DrawerSection title="Licenses and apps" description={canAssign ? 'Check a product to assign it, clear it to unassign. Licenses that come through a group are changed on the group.' : undefined}>
      <ErrorMessage error={licenses.error ?? products.error} title="Couldn't load the user's licenses" />
      {(!licenses.data || !products.data) && !licenses.error && !products.error && <LoadingState />}
      {licenses.data && products.data && (
        <>
          <ProductChoices label="Licenses" products={shown} value={value} onChange={setChosen} locked={locked} notes={notes} disabled={!canAssign || busy} />
          {held.length === 0 && <Text className={styles.muted}>No licenses, directly or through a group.</Text>}
          {canAssign && (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy || add.length + remove.length === 0} onClick={save}>
                {busy ? 'Saving…' : 'Save licenses'}
              </Button>
              <Button disabled={busy || chosen === null} onClick={() => setChosen(null)}>
                Cancel
              </Button>
            </div>
          )}
          <ChangeReport outcomes={outcomes} />
        </>
      )}
    </DrawerSection>
  );
}
