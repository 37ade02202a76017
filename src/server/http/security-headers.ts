import type { FastifyInstance } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

type RouteHeaders = Omit<FastifyHelmetOptions, 'global'>;

/**
 * The policy of the signed-in application and the API: the built application (dist/web) is module
 * scripts, module preloads and one stylesheet from /assets, with no inline script or <style>
 * (React sets style properties through the DOM, which a CSP does not govern); its CSS draws a few
 * data: images. Nothing frames it. Pages with their own policy (the public progress pages and
 * widget, the plan's print page, evidence downloads, the API reference) set it on their reply,
 * which replaces this one.
 */
export function applicationPolicy(isHttps: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    // Over plain HTTP (a laptop, a test network) upgrading would break every request.
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** HSTS tells browsers to come back over HTTPS only: sent only when the public address is https. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Security headers on every response (@fastify/helmet): the CSP above, X-Frame-Options DENY,
 * X-Content-Type-Options nosniff, Referrer-Policy same-origin (no address, and so no token in a
 * path, ever reaches another site), the cross-origin isolation headers, and HSTS when PUBLIC_URL
 * is https. Register before the routes, so a route's own `helmet` options are seen.
 */
export async function registerSecurityHeaders(app: FastifyInstance, publicUrl: string) {
  const isHttps = publicUrl.startsWith('https://');
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: applicationPolicy(isHttps) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // The deployment's other subdomains are not ours to force onto HTTPS.
    strictTransportSecurity: isHttps ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false } : false,
  });
}

/**
 * Route options for pages that set their own Content-Security-Policy: helmet's is left off (theirs
 * is the only one), the other headers stay. `framable`: any site may frame the page (the public
 * widget), so X-Frame-Options is left off and other origins may load it.
 */
export function ownPolicyHeaders(options: { isFramable?: boolean } = {}): RouteHeaders {
  return options.isFramable
    ? { contentSecurityPolicy: false, frameguard: false, crossOriginResourcePolicy: { policy: 'cross-origin' } }
    : { contentSecurityPolicy: false, frameguard: { action: 'sameorigin' } };
}
