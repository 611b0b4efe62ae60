import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../../api/client';
import { assignLicenses, unassignLicenses, type Product } from '../../../api/licenses';
import type { ListedUser } from '../../../api/users';
import { countOf } from '../../../components/formatting';
import { FormDialog } from '../../../components/FormDialog';
import { ChangeReport } from '../licenses/ChangeReport';
import type { ChangeOutcome } from '../licenses/licenseChanges';
import { ProductChoices } from '../licenses/ProductChoices';

export type BulkMode = 'assign' | 'unassign';

interface BulkLicensesDialogProps {
  mode: BulkMode;
  tenantId: string;
  users: ListedUser[];
  products: Product[];
  onClose(): void;
  /** After the changes were sent (some may have failed): the list reloads. */
  onDone(): void;
}

const REASONS = { not_enough_licenses: 'no free seat', user_disabled: 'account disabled' } as const;

async function assignTo(tenantId: string, product: Product, users: ListedUser[]): Promise<ChangeOutcome> {
  // partial: whoever fits gets a seat through the one allocation path; the rest are named.
  const result = await assignLicenses(tenantId, product.planId, { userIds: users.map((u) => u.id), partial: true });
  const left = result.notAssigned;
  const done = users.length - left.length;
  const message = left.length
    ? `assigned to ${countOf(done, 'user')}; not to ${left.map((n) => `${n.userPrincipalName} (${REASONS[n.reason]})`).join(', ')}`
    : `assigned to ${countOf(done, 'user')}`;
  return { planId: product.planId, product: product.name, ok: left.length === 0, message };
}

async function unassignFrom(tenantId: string, product: Product, users: ListedUser[]): Promise<ChangeOutcome> {
  const holding = (u: ListedUser) => u.licenses.find((l) => l.planId === product.planId);
  const direct = users.filter((u) => holding(u)?.sources.some((s) => s.kind === 'direct'));
  const throughGroup = users.filter((u) => holding(u) && !direct.includes(u));
  if (direct.length) await unassignLicenses(tenantId, product.planId, { userIds: direct.map((u) => u.id) });
  const groupText = throughGroup.map((u) => {
    const groups = holding(u)!.sources.flatMap((s) => (s.kind === 'group' ? [s.groupName] : []));
    return `${u.userPrincipalName} (through group ${groups.join(', ')})`;
  });
  const message = [`unassigned from ${countOf(direct.length, 'user')}`, groupText.length ? `kept by ${groupText.join(', ')}: remove them from the group or unassign the group` : ''].filter(Boolean).join('; ');
  return { planId: product.planId, product: product.name, ok: throughGroup.length === 0, message };
}

/** Assign or unassign products for the users selected in the list, and say what happened per product. */
export function BulkLicensesDialog({ mode, tenantId, users, products, onClose, onDone }: BulkLicensesDialogProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [outcomes, setOutcomes] = useState<ChangeOutcome[] | null>(null);
  const offered = mode === 'assign' ? products.filter((p) => p.state !== 'removed') : products.filter((p) => users.some((u) => u.licenses.some((l) => l.planId === p.planId)));

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    const results: ChangeOutcome[] = [];
    for (const product of offered.filter((p) => chosen.includes(p.planId))) {
      try {
        results.push(await (mode === 'assign' ? assignTo : unassignFrom)(tenantId, product, users));
      } catch (failure) {
        results.push({ planId: product.planId, product: product.name, ok: false, message: toApiError(failure).detail });
      }
    }
    setOutcomes(results);
    setBusy(false);
    onDone();
  };

  const verb = mode === 'assign' ? 'Assign' : 'Unassign';
  return (
    <FormDialog
      open
      title={`${verb} licenses for ${countOf(users.length, 'user')}`}
      submitLabel={verb}
      busy={busy}
      error={error}
      fields={[]}
      submitDisabled={chosen.length === 0}
      onSubmit={submit}
      onClose={onClose}
      actions={
        outcomes ? (
          <Button appearance="primary" onClick={onClose}>
            Done
          </Button>
        ) : undefined
      }
    >
      {outcomes ? (
        <ChangeReport outcomes={outcomes} title={outcomes.every((o) => o.ok) ? 'Done' : 'Done, with exceptions'} />
      ) : (
        <>
          <Text>{users.map((u) => u.displayName).slice(0, 5).join(', ') + (users.length > 5 ? ` and ${countOf(users.length - 5, 'other')}` : '')}</Text>
          {mode === 'unassign' && offered.length === 0 ? (
            <Text>None of them holds a license.</Text>
          ) : (
            <ProductChoices label={mode === 'assign' ? 'Products to assign' : 'Products to unassign'} products={offered} value={chosen} onChange={setChosen} />
          )}
        </>
      )}
    </FormDialog>
  );
}
