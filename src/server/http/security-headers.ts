import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** A route's changes to the headers below, in helmet's own options: its own CSP, framing, loading. */
export interface RouteSecurityHeaders {
  /** false: the route sets its own Content-Security-Policy on the reply. */
  contentSecurityPolicy?: false;
  frameguard?: false | { action: 'deny' | 'sameorigin' };
  crossOriginResourcePolicy?: { policy: 'same-origin' | 'same-site' | 'cross-origin' };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    securityHeaders?: RouteSecurityHeaders;
    /** Filled in when the route is added: the headers its options come to (see below). */
    resolvedSecurityHeaders?: Readonly<Record<string, string>>;
  }
}

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

/**
 * The API's answers are data (JSON, CSV, Word, PDF downloads), never a page that runs: they take
 * OWASP's set for REST services, a policy that allows nothing and lets nobody frame them, nosniff,
 * X-Frame-Options, Referrer-Policy, Cross-Origin-Resource-Policy and HSTS, and leave out the
 * headers only an HTML document reads (COOP, Origin-Agent-Cluster, DNS prefetch, IE's download
 * and XSS switches, Flash's cross-domain policy). Those made every answer 550 bytes longer: a
 * fifth of a small answer's cost on the wire, measured on a bare route. An /api route that
 * answers HTML (the API reference, the plan's print page, the survey preview) names its own.
 */
const API_POLICY = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] };

/** HSTS tells browsers to come back over HTTPS only: sent only when the public address is https. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The headers helmet sets for these options, learnt once by running its middleware against a
 * recorder. Every directive here is a fixed string (no per-request nonce or function), so the
 * headers are the same for every request of a route; @fastify/helmet built a new helmet for every
 * request, which cost the survey ingest route a sixth of its throughput.
 */
export function headersFromHelmet(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/**
 * Security headers on every response (helmet's): the CSP above (the API's own for /api routes), X-Frame-Options DENY,
 * X-Content-Type-Options nosniff, Referrer-Policy same-origin (no address, and so no token in a
 * path, ever reaches another site), the cross-origin isolation headers, and HSTS when PUBLIC_URL
 * is https. A route changes them with `config.securityHeaders`; install before the routes.
 */
export function installSecurityHeaders(app: FastifyInstance, publicUrl: string) {
  const isHttps = publicUrl.startsWith('https://');
  const applicationOptions = {
    contentSecurityPolicy: { useDefaults: false, directives: applicationPolicy(isHttps) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // The deployment's other subdomains are not ours to force onto HTTPS.
    strictTransportSecurity: isHttps ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false } : false,
  } satisfies HelmetOptions;
  const applicationHeaders = headersFromHelmet(applicationOptions);
  const apiHeaders = headersFromHelmet({
    ...applicationOptions,
    contentSecurityPolicy: { useDefaults: false, directives: API_POLICY },
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });

  app.addHook('onRoute', (route) => {
    const own = route.config?.securityHeaders;
    if (own) route.config = { ...route.config, resolvedSecurityHeaders: headersFromHelmet({ ...applicationOptions, ...own }) };
    else if (route.url.startsWith('/api/')) route.config = { ...route.config, resolvedSecurityHeaders: apiHeaders };
  });
  // Not-found and error replies have no route options, and get the application's headers.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.routeOptions.config?.resolvedSecurityHeaders ?? applicationHeaders);
    done();
  });
}

/**
 * Route options for pages that set their own Content-Security-Policy: the application's is left off
 * (theirs is the only one), the other headers stay. `framable`: any site may frame the page (the
 * public widget), so X-Frame-Options is left off and other origins may load it.
 */
export function ownPolicyHeaders(options: { isFramable?: boolean } = {}): RouteSecurityHeaders {
  return options.isFramable
    ? { contentSecurityPolicy: false, frameguard: false, crossOriginResourcePolicy: { policy: 'cross-origin' } }
    : { contentSecurityPolicy: false, frameguard: { action: 'sameorigin' } };
}
