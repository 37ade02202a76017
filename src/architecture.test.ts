import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/*
 * The layout's rules: every top folder is a domain, the shell or named infrastructure, and the
 * dependency rules of .dependency-cruiser.cjs (no import circles, pure core, domains reaching each
 * other through use-cases, no test code in production) hold for the whole tree.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const domains = ['platform', 'process', 'plan', 'monitoring', 'engagement', 'evidence', 'network'];
const serverDomains = ['platform', 'process', 'plan', 'monitoring'];

const folders = (dir: string) => readdirSync(path.join(root, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('layout', () => {
  it.each([
    ['src/core', ['i18n']],
    ['src/server', ['auth', 'cli', 'db', 'documents', 'http', 'jobs', 'mail', 'testing']],
    ['src/web', ['app', 'public']],
  ])('every folder of %s is a domain or named infrastructure', (dir, infrastructure) => {
    const unexpected = folders(dir).filter((name) => !domains.includes(name) && !infrastructure.includes(name));
    expect(unexpected).toEqual([]);
  });

  it.each(serverDomains)('the %s domain brings its routes, tables and backup entries to the server', (domain) => {
    for (const file of ['domain.ts', 'routes.ts', 'tables.ts', 'backup-tables.ts']) {
      expect(existsSync(path.join(root, 'src/server', domain, file)), `src/server/${domain}/${file}`).toBe(true);
    }
  });
});

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('hold across src, e2e, bench and scripts', async () => {
    const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
    const tsConfig = extractTSConfig(path.join(root, 'tsconfig.json'));
    const previous = process.cwd();
    process.chdir(root);
    let result: ICruiseResult;
    try {
      const reported = await cruise(['src', 'e2e', 'bench', 'scripts'], options, undefined, { tsConfig });
      result = reported.output as ICruiseResult;
    } finally {
      process.chdir(previous);
    }
    // A cruise that found (almost) nothing would pass every rule: make sure it read the tree.
    expect(result.summary.totalCruised).toBeGreaterThan(800);
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`);
    expect(violations).toEqual([]);
  }, 120_000);
});
