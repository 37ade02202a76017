/** The yardstick every other scenario is divided by; scripts/bench.mjs requires it. */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'baseline',
  description: 'bare Fastify 5, one trivial JSON route',
  server: 'baseline',
  request: () => ({ method: 'GET', path: '/' }),
};
