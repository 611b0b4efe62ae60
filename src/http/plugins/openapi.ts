import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** One contract for people and SDKs: OpenAPI 3.1 at /openapi.json, interactive docs at /docs. */
export const openApiPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'LicenseHub API',
          version: '1.0.0',
          description:
            'Third-party app license management: directory, partner center, marketplace, admin center and the runtime license check. ' +
            'Authenticate with a session cookie (browser; send the x-csrf-token header on writes) or an API token: `Authorization: Bearer lh_…`. ' +
            'Every error is application/problem+json.',
        },
        servers: [{ url: app.config.publicUrl }],
        components: {
          securitySchemes: {
            apiToken: { type: 'http', scheme: 'bearer', description: 'An API token created under Account → API tokens' },
            session: { type: 'apiKey', in: 'cookie', name: 'lh_session' },
          },
        },
        security: [{ apiToken: [] }, { session: [] }],
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
    app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  },
  { name: 'openapi', dependencies: ['services'] },
);
