/** The common shape of a script's read: bearer token lookup, the access checkpoint, one list query. */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'members (API token)',
  description: 'GET /api/organizations/{id}/members with Authorization: Bearer',
  server: 'waymark',
  request: ({ waymark }) => ({
    method: 'GET',
    path: `/api/organizations/${waymark.organizationId}/members`,
    headers: { authorization: `Bearer ${waymark.apiToken}` },
  }),
};
