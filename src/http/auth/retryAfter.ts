import type { FastifyReply } from 'fastify';
import { DomainError } from '../../domain/problems.js';

/** Runs a throttled step; a 429 it throws also carries the Retry-After header (RFC 9110 §10.2.3). */
export async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.status === 429 && typeof error.extra.retryAfterSeconds === 'number') {
      reply.header('retry-after', String(error.extra.retryAfterSeconds));
    }
    throw error;
  }
}
