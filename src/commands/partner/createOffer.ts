import { randomUUID } from 'node:crypto';
import { validateOfferId } from '../../domain/packages/index.js';
import { conflict, invalid } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { findOffer, type OfferRecord } from '../../store/partner/offers.js';
import { getProgram } from '../../store/partner/program.js';
import type { CommandContext } from '../context.js';
import { resolveLeadDestination, resolveSetup, type OfferChanges } from './offerRules.js';

export interface CreateOfferProps extends OfferChanges {
  scope: TenantScope;
  offerId: string;
  name: string;
}

const offerIdTaken = (offerId: string) =>
  conflict(`You already have an offer with ID "${offerId}"`, { errors: [{ field: 'offerId', message: 'is already used by another of your offers' }] });

/** Creates a draft offer. Its ID is checked against the publisher ID and never changes afterwards. */
export async function createOffer(ctx: CommandContext, props: CreateOfferProps): Promise<OfferRecord> {
  const { scope } = props;
  const program = await getProgram(ctx.tx, scope);
  if (!program.publisherId) {
    throw conflict('Choose your publisher ID first: apply to the partner program (Partner Center → Program); offer IDs are checked against it');
  }
  const idProblem = validateOfferId(props.offerId, program.publisherId);
  if (idProblem) throw invalid('offerId', idProblem);
  const decision = await resolveSetup(ctx.tx, scope, null, props);
  if (await findOffer(ctx.tx, scope, props.offerId)) throw offerIdTaken(props.offerId);

  const id = randomUUID();
  try {
    await ctx.tx
      .insertInto('offers')
      .values({
        id,
        tenant_id: scope.tenantId,
        offer_id: props.offerId,
        license_management: decision.setup.licenseManagement,
        allow_install_without_license: decision.setup.allowInstallWithoutLicenses,
        name: props.name,
        summary: props.summary ?? '',
        description: props.description ?? '',
        categories: props.categories ?? [],
        support_url: props.supportUrl ?? null,
        privacy_url: props.privacyUrl ?? null,
        launch_url: props.launchUrl ?? null,
        lead_destination: JSON.stringify(props.leadDestination ? resolveLeadDestination(props.leadDestination, null) : { kind: 'inbox' }),
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'offers_tenant_offer_key')) throw offerIdTaken(props.offerId);
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'offer.created',
    targetType: 'offer',
    targetId: props.offerId,
    summary: `Created offer ${props.offerId} (${props.name})`,
    detail: { ...decision.setup },
  });
  return (await findOffer(ctx.tx, scope, props.offerId))!;
}
