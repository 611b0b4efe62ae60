import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** The change-feed revision of the license change this request committed, if any. */
    licenseRevision: string | null;
  }
}

/** The header a write answer carries: a client may ask a check for `atLeastRevision` of it. */
export const REVISION_HEADER = 'LicenseHub-Revision';

/**
 * Every answer to a request that changed license state says at which
 * revision of the change feed the change landed (read-your-writes across
 * servers: a check or the SDK can wait for that revision).
 */
export const revisionHeaderPlugin = fp(
  async (app) => {
    app.decorateRequest('licenseRevision', null);
    app.addHook('onSend', async (request, reply) => {
      if (request.licenseRevision !== null) reply.header(REVISION_HEADER, request.licenseRevision);
    });
  },
  { name: 'revision-header' },
);
