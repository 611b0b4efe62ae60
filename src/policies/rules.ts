import type { Role } from '../domain/identity/roles.js';
import type { Actor } from './actor.js';

/** A rule answers one question about an actor already known to be in the resource's tenant. */
export type Rule = (actor: Actor) => boolean;

export const anyMember: Rule = () => true;

export const hasAnyRole =
  (...roles: Role[]): Rule =>
  (actor) =>
    roles.some((role) => actor.roles.has(role));

export const isPublisher: Rule = (actor) => actor.isPublisher;

export const isOperator: Rule = (actor) => actor.roles.has('operator');
