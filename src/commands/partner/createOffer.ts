import { randomUUID } from 'node:crypto';
import { validateOfferKey } from '../../domain/packages/index.js';
import { conflict, invalid } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { findOffer, type OfferRecord } from '../../store/partner/offers.js';
import { getProgram } from '../../store/partner/program.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';
import { resolveSetup, type OfferChanges } from './offerRules.js';

export interface CreateOfferProps extends OfferChanges {
  scope: TenantScope;
  offerKey: string;
  name: string;
}

const offerKeyTaken = (offerKey: string) =>
  conflict(`You already have an offer with key "${offerKey}"`, { errors: [{ field: 'offerKey', message: 'is already used by another of your offers' }] });

/** Creates a draft offer. Its key is checked against the publisher ID and never changes afterwards. */
export async function createOffer(ctx: CommandContext, props: CreateOfferProps): Promise<OfferRecord> {
  const { scope } = props;
  const program = await getProgram(ctx.tx, scope);
  if (!program.publisherId) {
    throw conflict('Choose your publisher ID first: apply to the partner program (Partner Center → Program); offer keys are checked against it');
  }
  const keyProblem = validateOfferKey(props.offerKey, program.publisherId);
  if (keyProblem) throw invalid('offerKey', keyProblem);
  const decision = await resolveSetup(ctx.tx, scope, null, props);
  if (await findOffer(ctx.tx, scope, props.offerKey)) throw offerKeyTaken(props.offerKey);

  const id = randomUUID();
  try {
    await ctx.tx
      .insertInto('offers')
      .values({
        id,
        tenant_id: scope.tenantId,
        offer_id: props.offerKey,
        license_management: decision.setup.licenseManagement,
        allow_install_without_license: decision.setup.allowInstallWithoutLicenses,
        name: props.name,
        summary: props.summary ?? '',
        description: props.description ?? '',
        pricing_text: props.pricingText ?? '',
        categories: props.categories ?? [],
        support_url: props.supportUrl ?? null,
        privacy_url: props.privacyUrl ?? null,
        launch_url: props.launchUrl ?? null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'offers_tenant_offer_key')) throw offerKeyTaken(props.offerKey);
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'offer.created',
    summary: `Created offer ${props.offerKey} (${props.name})`,
    ...offerTarget({ id, offerKey: props.offerKey }, { ...decision.setup }),
  });
  return (await findOffer(ctx.tx, scope, id))!;
}
