import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { listGroups } from '../../../api/groups';
import {
  approveWaiter,
  getActivity,
  getSeatPolicy,
  listReclamations,
  listWaiting,
  putSeatPolicy,
  reclamationDryRun,
  removeWaiter,
  undoReclamation,
  type ReclamationRun,
  type SeatPolicy,
} from '../../../api/seats';
import { choicesOf, isChoice } from '../../../components/choices';
import { useDataTableStyles } from '../../../components/dataTable';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fieldMessage } from '../../../components/fieldErrors';
import { formatDate } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { useNotify } from '../../../components/Notifications';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSubmit } from '../../../components/useSubmit';
import { useSession } from '../../../session/SessionContext';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(220px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap' },
  count: { display: 'flex', flexDirection: 'column' },
  value: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  subtitle: { margin: `${tokens.spacingVerticalM} 0 0 0` },
});

const WAITING_ROOM: Record<SeatPolicy['waitingRoom'], string> = { off: 'Off', automatic: 'Automatic: the first in line gets a freed seat', manual: 'Manual: an admin approves' };

/**
 * Admin Center → a product's seat settings (issue 18): who claims a free seat
 * by opening the app, the waiting room with each person's place (approve,
 * remove), active users in the last 7/30/90 days with each holder's last use,
 * and reclamation: what would be reclaimed now, and undo.
 */
/** `version` (the product's updatedAt) changes with every assignment: the queue and activity are read again. */
export default function ProductSeatsSection({ planId, canManage, onChanged, version }: { planId: string; canManage: boolean; onChanged(): void; version: string }) {
  const styles = useStyles();
  const session = useSession();
  const tenantId = session.tenant.id;
  const notify = useNotify();
  const policy = useApiResource((signal) => getSeatPolicy(tenantId, planId, signal), [tenantId, planId]);
  const waiting = useApiResource((signal) => listWaiting(tenantId, planId, signal), [tenantId, planId, version]);
  const activity = useApiResource((signal) => getActivity(tenantId, planId, signal), [tenantId, planId, version]);
  const reclamations = useApiResource((signal) => listReclamations(tenantId, planId, signal), [tenantId, planId]);
  const groups = useApiResource((signal) => listGroups(tenantId, { limit: 100, offset: 0 }, signal), [tenantId]);
  const [draft, setDraft] = useState<SeatPolicy>();
  const [dryRun, setDryRun] = useState<ReclamationRun>();
  const save = useSubmit();
  const act = useSubmit();
  const table = useDataTableStyles();
  useEffect(() => setDraft(policy.data), [policy.data]);

  if (!policy.data || !draft) return policy.error ? <ErrorMessage error={policy.error} title="Couldn't load the seat settings" /> : <LoadingState label="Loading seat settings…" />;
  const groupName = (id: string | null) => groups.data?.items.find((g) => g.id === id)?.displayName ?? id ?? '';
  const autoClaimLabel = draft.autoClaim === 'off' ? 'Off' : draft.autoClaim === 'anyone' ? 'Anyone in the organization' : `Members of ${groupName(draft.autoClaim)}`;
  const reloadAll = () => {
    waiting.reload();
    activity.reload();
    reclamations.reload();
    onChanged();
  };
  const fields = ['autoClaim', 'waitingRoom', 'reclaimAfterDays', 'reclaimNoticeDays', 'exclusionGroupId'];

  return (
    <>
      <Section title="Seat settings" className={styles.section}>
        <div className={styles.form}>
          <Field label="Auto-claim on first launch" validationMessage={fieldMessage(save.error, 'autoClaim')}>
            <Dropdown
              disabled={!canManage}
              value={autoClaimLabel}
              selectedOptions={[draft.autoClaim]}
              onOptionSelect={(_, data) => setDraft({ ...draft, autoClaim: String(data.optionValue) })}
            >
              <Option value="off">Off</Option>
              <Option value="anyone">Anyone in the organization</Option>
              {(groups.data?.items ?? []).map((g) => (
                <Option key={g.id} value={g.id} text={`Members of ${g.displayName}`}>
                  {`Members of ${g.displayName}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Waiting room when no seat is free" validationMessage={fieldMessage(save.error, 'waitingRoom')}>
            <Dropdown
              disabled={!canManage}
              value={WAITING_ROOM[draft.waitingRoom]}
              selectedOptions={[draft.waitingRoom]}
              onOptionSelect={(_, data) => isChoice(WAITING_ROOM, data.optionValue) && setDraft({ ...draft, waitingRoom: data.optionValue })}
            >
              {choicesOf(WAITING_ROOM).map((value) => (
                <Option key={value} value={value}>
                  {WAITING_ROOM[value]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="Reclaim seats unused for (days; empty: never)" validationMessage={fieldMessage(save.error, 'reclaimAfterDays')}>
            <Input
              disabled={!canManage}
              type="number"
              value={draft.reclaimAfterDays === null ? '' : String(draft.reclaimAfterDays)}
              onChange={(_, data) => setDraft({ ...draft, reclaimAfterDays: data.value === '' ? null : Number(data.value) })}
            />
          </Field>
          <Field label="Notice before reclaiming (days)" validationMessage={fieldMessage(save.error, 'reclaimNoticeDays')}>
            <Input disabled={!canManage} type="number" value={String(draft.reclaimNoticeDays)} onChange={(_, data) => setDraft({ ...draft, reclaimNoticeDays: Number(data.value) })} />
          </Field>
          <Field label="Never reclaim from members of" validationMessage={fieldMessage(save.error, 'exclusionGroupId')}>
            <Dropdown
              disabled={!canManage}
              value={draft.exclusionGroupId ? groupName(draft.exclusionGroupId) : 'Nobody excluded'}
              selectedOptions={[draft.exclusionGroupId ?? '']}
              onOptionSelect={(_, data) => setDraft({ ...draft, exclusionGroupId: data.optionValue ? String(data.optionValue) : null })}
            >
              <Option value="">Nobody excluded</Option>
              {(groups.data?.items ?? []).map((g) => (
                <Option key={g.id} value={g.id}>
                  {g.displayName}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {canManage && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={save.busy}
                onClick={async () => {
                  if (await save.submit(() => putSeatPolicy(tenantId, planId, draft))) {
                    notify('Seat settings saved');
                    policy.reload();
                    reloadAll();
                  }
                }}
              >
                Save
              </Button>
            </div>
          )}
        </div>
        <ErrorMessage error={save.error} fields={fields} title="Couldn't save the seat settings" />
      </Section>

      <Section title={`Waiting room (${waiting.data?.items.length ?? 0})`} className={styles.section}>
        <ErrorMessage error={act.error} title="Couldn't do that" />
        {!waiting.data ? (
          <LoadingState label="Loading the waiting room…" />
        ) : waiting.data.items.length === 0 ? (
          <Text className={styles.muted}>Nobody is waiting for a seat.</Text>
        ) : (
          <Table aria-label="Waiting room" className={table.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Place</TableHeaderCell>
                <TableHeaderCell>User</TableHeaderCell>
                <TableHeaderCell>Waiting since</TableHeaderCell>
                <TableHeaderCell>Actions</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {waiting.data.items.map((w) => (
                <TableRow key={w.userId}>
                  <TableCell>{w.position}</TableCell>
                  <TableCell>
                    {w.displayName} <span className={styles.muted}>{w.userPrincipalName}</span>
                  </TableCell>
                  <TableCell>{formatDate(w.joinedAt)}</TableCell>
                  <TableCell>
                    <div className={styles.actions}>
                      <Button size="small" disabled={act.busy} onClick={async () => (await act.submit(() => approveWaiter(tenantId, planId, w.userId))) && (notify(`${w.displayName} got a seat`), reloadAll())}>
                        Approve
                      </Button>
                      <Button size="small" appearance="subtle" disabled={act.busy} onClick={async () => (await act.submit(() => removeWaiter(tenantId, planId, w.userId))) && reloadAll()}>
                        Remove
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section title="Activity" className={styles.section}>
        {!activity.data ? (
          <LoadingState label="Loading activity…" />
        ) : (
          <>
            <div className={styles.counts}>
              {(
                [
                  ['Active in 7 days', activity.data.active.last7Days],
                  ['Active in 30 days', activity.data.active.last30Days],
                  ['Active in 90 days', activity.data.active.last90Days],
                  ['Assigned', activity.data.assigned],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className={styles.count}>
                  <span className={styles.value}>{value.toLocaleString()}</span>
                  <span className={styles.muted}>{label}</span>
                </div>
              ))}
            </div>
            <Table aria-label="Last use per holder" className={table.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>User</TableHeaderCell>
                  <TableHeaderCell>Holds since</TableHeaderCell>
                  <TableHeaderCell>Last used</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {activity.data.holders.slice(0, 50).map((h) => (
                  <TableRow key={h.userId}>
                    <TableCell>
                      {h.displayName} <span className={styles.muted}>{h.userPrincipalName}</span>
                    </TableCell>
                    <TableCell>{formatDate(h.since)}</TableCell>
                    <TableCell>{h.lastUsedAt ? formatDate(h.lastUsedAt) : 'Never'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </Section>

      <Section
        title="Reclamation"
        className={styles.section}
        actions={
          <Button size="small" disabled={act.busy} onClick={async () => void (await act.submit(async () => setDryRun(await reclamationDryRun(tenantId, planId))))}>
            What would be reclaimed now?
          </Button>
        }
      >
        {dryRun && (
          <MessageBar intent="info">
            <MessageBarBody>
              {dryRun.announced.length + dryRun.reclaimed.length + dryRun.cancelled.length === 0
                ? 'Nothing would change now.'
                : [
                    dryRun.announced.length ? `Would announce to ${dryRun.announced.map((i) => i.displayName).join(', ')}` : '',
                    dryRun.reclaimed.length ? `Would reclaim from ${dryRun.reclaimed.map((i) => i.displayName).join(', ')}` : '',
                    dryRun.cancelled.length ? `Would keep the seats of ${dryRun.cancelled.map((i) => i.displayName).join(', ')}` : '',
                  ]
                    .filter(Boolean)
                    .join('. ')}
            </MessageBarBody>
          </MessageBar>
        )}
        {(reclamations.data?.items ?? []).length === 0 ? (
          <Text className={styles.muted}>No seat announced or reclaimed in the last 90 days.</Text>
        ) : (
          <Table aria-label="Reclamations" className={table.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>User</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell>Due</TableHeaderCell>
                <TableHeaderCell>Actions</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(reclamations.data?.items ?? []).map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{r.displayName}</TableCell>
                  <TableCell>{r.state}</TableCell>
                  <TableCell>{formatDate(r.dueAt)}</TableCell>
                  <TableCell>
                    {r.undoUntil && (
                      <Button size="small" disabled={act.busy} onClick={async () => (await act.submit(() => undoReclamation(tenantId, r.id))) && (notify(`${r.displayName} has the seat back`), reloadAll())}>
                        Undo (until {formatDate(r.undoUntil)})
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </>
  );
}
