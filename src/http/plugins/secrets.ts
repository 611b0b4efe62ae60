import fp from 'fastify-plugin';
import { SecretBox } from '../../identity/secretBox.js';
import { loadSecretKey } from '../../identity/secretKey.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Seals and opens secrets kept in the database (signing keys, TOTP secrets). */
    secretBox: SecretBox;
  }
}

/**
 * Loads the server's secret key (LICENSEHUB_SECRET_KEY, or the key file beside
 * the data, created 0600 at the first start) before anything reads a sealed value.
 */
export const secretsPlugin = fp(
  async (app) => {
    const { key, origin } = loadSecretKey(app.config.secretKey);
    if (origin === 'new file') app.log.warn({ file: app.config.secretKey.file }, 'created a new secret key file: back it up with the data; without it the signing keys and MFA registrations cannot be read');
    app.decorate('secretBox', new SecretBox(key));
  },
  { name: 'secrets', dependencies: ['services'] },
);
