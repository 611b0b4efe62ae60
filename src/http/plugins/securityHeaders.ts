import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * Security headers on every answer, with @fastify/helmet:
 * - a Content-Security-Policy without inline or remote script (the web app is
 *   Vite's external modules; styles may be inline, as Fluent UI's Griffel
 *   injects them), `frame-ancestors 'none'` (plus X-Frame-Options: DENY for
 *   old browsers) so no site can frame the sign-in page;
 * - nosniff, Referrer-Policy no-referrer (launch links carry license tokens),
 *   a Permissions-Policy that turns off powerful features the app never uses;
 * - HSTS only when the public URL is https (an http deployment would lock
 *   its users out for a year);
 * - Cache-Control: no-store on API answers that set no caching of their own:
 *   they carry sessions' CSRF tokens, new API tokens, MFA secrets and recovery
 *   codes, and people's data, none of which a shared cache or a back button may keep.
 */
const PERMISSIONS_POLICY = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb', 'interest-cohort']
  .map((feature) => `${feature}=()`)
  .join(', ');

export const securityHeadersPlugin = fp(
  async (app) => {
    const https = app.config.publicUrl.startsWith('https://');
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      hsts: https ? { maxAge: 365 * 86_400, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: { policy: 'same-origin' },
    });
    app.addHook('onSend', async (request, reply, payload) => {
      reply.header('permissions-policy', PERMISSIONS_POLICY);
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'security-headers', dependencies: ['services'] },
);
