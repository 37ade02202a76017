import type { FastifyRequest } from 'fastify';

/**
 * The Content-Security-Policy a server-drawn public page (a conversation, a retreat's room) sends
 * itself: its one stylesheet by hash, its one script from this server when it has one (no inline
 * code), fetches and form posts only here, framed by no one.
 */
export function publicPagePolicy(options: { stylesHash: string; hasScript: boolean; formAction: "'self'" | "'none'" }): string {
  return [
    "default-src 'none'",
    options.hasScript ? "script-src 'self'" : '',
    `style-src ${options.stylesHash}`,
    options.hasScript ? "connect-src 'self'" : '',
    "img-src 'self' data:",
    `form-action ${options.formAction}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

/** Such a page carries its policy itself, and the request log keeps the method and route only (no address, cookie, agent or query). */
export const publicPageOptions = {
  config: { securityHeaders: { contentSecurityPolicy: false } },
  logSerializers: { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) },
} as const;
