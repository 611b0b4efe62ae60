import fp from 'fastify-plugin';
import { LicenseTokenService } from '../../runtime/licenseTokens.js';

declare module 'fastify' {
  interface FastifyInstance {
    licenseTokens: LicenseTokenService;
  }
}

/** Signs license tokens and publishes their keys at /.well-known/jwks.json. */
export const licenseTokensPlugin = fp(
  async (app) => {
    const service = new LicenseTokenService(app.db, app.clock, app.config.publicUrl, app.secretBox);
    app.decorate('licenseTokens', service);
    // A key exists from the first start (the database is migrated by then: the server migrates before listening).
    app.addHook('onReady', () => service.prepare());
    app.get(
      '/.well-known/jwks.json',
      {
        schema: { tags: ['runtime'], operationId: 'getLicenseTokenKeys', summary: 'Public keys that verify license tokens (JWKS)' },
        config: { access: 'public' },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return service.jwks();
      },
    );
  },
  { name: 'license-tokens', dependencies: ['services', 'secrets'] },
);
