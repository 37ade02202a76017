/**
 * The layering rules of the code, checked on every `npm test` (src/dependency-rules.test.ts) and by
 * hand with `npx depcruise src e2e bench --config .dependency-cruiser.cjs`.
 * Domains: platform, process, plan, monitoring, and next engagement, evidence and network.
 */
const domains = 'platform|process|plan|monitoring|engagement|evidence|network';
const tests = '(\\.test\\.tsx?$|^src/server/testing/|^e2e/|^bench/|^scripts/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles anywhere, type-only imports included: a circle means two files are one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core is shared with the browser and tested without I/O: it imports no server or web code.',
      from: { path: '^src/core/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'core-has-no-io',
      severity: 'error',
      comment: "src/core does no I/O: no Node built-in modules outside its tests.",
      from: { path: '^src/core/', pathNot: tests },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-and-server-apart',
      severity: 'error',
      comment: 'The web app talks to the server through the API only; they share src/core.',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      comment: 'The server never imports screens.',
      from: { path: '^src/server/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Production files never import tests or test kits (src/server/testing/).',
      from: { pathNot: tests },
      to: { path: tests },
    },
    {
      name: 'other-domains-through-use-cases',
      severity: 'error',
      comment:
        "A domain's server code reaches another domain through that domain's use-cases (verb-noun.ts), never its repository: " +
        'the repository is the owning domain\'s only door to its tables.',
      from: { path: `^src/server/(${domains})/` },
      to: { path: `^src/server/(${domains})/.+\\.repo\\.ts$`, pathNot: '^src/server/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^node_modules/)' },
    // `import type` counts: a type-only circle still ties two files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
