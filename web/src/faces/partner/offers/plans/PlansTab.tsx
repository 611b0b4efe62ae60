import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular, TagMultipleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { listPlans, removePlan, type Plan } from '../../../../api/plans';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { CopyButton } from '../../../../components/CopyButton';
import { useDataTableStyles } from '../../../../components/dataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { countOf } from '../../../../components/formatting';
import { LoadingState } from '../../../../components/LoadingState';
import { useNotify } from '../../../../components/Notifications';
import { Section } from '../../../../components/Section';
import { useApiResource } from '../../../../components/useApiResource';
import { useSession } from '../../../../session/SessionContext';
import type { OfferTabProps } from '../OfferPage';
import { PlanFormDialog } from './PlanFormDialog';

const useStyles = makeStyles({
  serviceId: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  description: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type OpenDialog = { kind: 'add' } | { kind: 'edit'; plan: Plan } | { kind: 'remove'; plan: Plan } | null;

/** The offer's licensing plans: what customers buy, each with the Service ID the package maps to app modules. */
export function PlansTab({ offer, canWrite, onChanged }: OfferTabProps) {
  const tableStyles = useDataTableStyles();
  const styles = useStyles();
  const session = useSession();
  const notify = useNotify();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const plans = useApiResource((signal) => listPlans(session.tenant.id, offer.id, signal), [session.tenant.id, offer.id]);
  const items = plans.data?.items ?? [];
  const changed = () => {
    plans.reload();
    onChanged();
  };

  return (
    <div className={styles.stack}>
      {!offer.licenseManagement && (
        <MessageBar intent="info">
          <MessageBarBody>Plans take effect when app license management is enabled in the offer's setup.</MessageBarBody>
        </MessageBar>
      )}
      <Section
        title={`Plans (${items.length})`}
        actions={
          canWrite && (
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setDialog({ kind: 'add' })}>
              Add a plan
            </Button>
          )
        }
      >
        <ErrorMessage error={plans.error} title="Couldn't load the plans" />
        {!plans.data && plans.loading && <LoadingState />}
        {plans.data && items.length === 0 && (
          <EmptyState
            icon={<TagMultipleRegular />}
            title="No plans yet"
            message={
              offer.licenseManagement
                ? 'License management is enabled: add at least one plan. Each plan gets a Service ID to use in your package’s license metadata.'
                : 'Add the plans customers can buy, e.g. Gold, Silver and Bronze.'
            }
          />
        )}
        {items.length > 0 && (
          <Table aria-label="Plans" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '20%' }}>Plan</TableHeaderCell>
                <TableHeaderCell>Plan ID</TableHeaderCell>
                <TableHeaderCell>Service ID</TableHeaderCell>
                <TableHeaderCell>Description</TableHeaderCell>
                <TableHeaderCell>Customers</TableHeaderCell>
                {canWrite && <TableHeaderCell style={{ width: '190px' }} aria-label="Actions" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((plan) => (
                <TableRow key={plan.id}>
                  <TableCell>
                    <Text weight="semibold">{plan.name}</Text>
                  </TableCell>
                  <TableCell className={styles.mono}>{plan.planKey}</TableCell>
                  <TableCell>
                    <span className={styles.serviceId}>
                      {plan.serviceId}
                      <CopyButton text={plan.serviceId} label={`Copy Service ID ${plan.serviceId}`} />
                    </span>
                  </TableCell>
                  <TableCell className={styles.description}>{plan.description || '—'}</TableCell>
                  <TableCell>{countOf(plan.customerCount, 'customer')}</TableCell>
                  {canWrite && (
                    <TableCell>
                      <span className={styles.actions}>
                        <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label={`Edit ${plan.name}`} onClick={() => setDialog({ kind: 'edit', plan })}>
                          Edit
                        </Button>
                        <Tooltip
                          relationship="description"
                          content={plan.customerCount > 0 ? `${countOf(plan.customerCount, 'customer')} hold licenses of this plan, so it can't be removed` : 'Remove the plan'}
                        >
                          <Button
                            size="small"
                            appearance="subtle"
                            icon={<DeleteRegular />}
                            aria-label={`Remove ${plan.name}`}
                            disabledFocusable={plan.customerCount > 0}
                            onClick={() => setDialog({ kind: 'remove', plan })}
                          >
                            Remove
                          </Button>
                        </Tooltip>
                      </span>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      {dialog?.kind === 'add' && (
        <PlanFormDialog
          offerId={offer.id}
          offerKey={offer.offerKey}
          publisherId={offer.publisherId}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <PlanFormDialog
          offerId={offer.id}
          offerKey={offer.offerKey}
          publisherId={offer.publisherId}
          plan={dialog.plan}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          open
          title={`Remove ${dialog.plan.name}?`}
          confirmLabel="Remove plan"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await removePlan(session.tenant.id, offer.id, dialog.plan.id);
            notify(`${dialog.plan.name} was removed`);
            changed();
          }}
        >
          Its Service ID {dialog.plan.serviceId} will no longer be valid in packages of this offer. A plan whose app modules the published package maps can't be removed until you publish a
          package without it.
        </ConfirmDialog>
      )}
    </div>
  );
}
