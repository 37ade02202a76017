/** The same read as the web application makes it: session cookie instead of a token. */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'members (session cookie)',
  description: 'GET /api/organizations/{id}/members with the waymark_session cookie',
  server: 'waymark',
  request: ({ waymark }) => ({
    method: 'GET',
    path: `/api/organizations/${waymark.organizationId}/members`,
    headers: { cookie: waymark.sessionCookie },
  }),
};
