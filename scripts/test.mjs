#!/usr/bin/env node
// `npm test`: runs every test suite that can run here, and says plainly which were skipped and why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const projects = ['unit', 'api-pglite'];
const skipped = [];

if (process.env.TEST_DATABASE_URL) projects.push('api-postgres');
else skipped.push('api-postgres: TEST_DATABASE_URL is not set, so the API suite ran on PGlite only');

const chromium = findChromium();
if (chromium) {
  projects.push('e2e');
  console.log(`Building the web application for the browser tests (Chromium: ${chromium})...`);
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  skipped.push('e2e: no Chromium found (install Debian\'s chromium, or set CHROMIUM_PATH), so the browser tests did not run');
}

const report = path.join(root, 'test-results', 'vitest.json');
rmSync(report, { force: true });
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium ?? '' } });

console.log('');
for (const reason of skipped) console.log(`Skipped ${reason}.`);
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const skippedTests = result.numPendingTests + result.numTodoTests;
  console.log(`Projects run: ${projects.join(', ')}`);
  console.log(`${result.numPassedTests} passed, ${result.numFailedTests} failed${skippedTests ? `, ${skippedTests} skipped` : ''}`);
}
process.exit(run.status ?? 1);
