import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The large plan (10 goals, 80 measures x 8 groups x 6 periods, 40 strategies, 400 actions), from the build. */
export async function largePlanDocument(root, size = {}) {
  const module = await import(pathToFileURL(path.join(root, 'dist', 'core', 'plan', 'format', 'fixtures', 'large-plan.js')).href);
  return module.generateLargePlan({ ...module.benchmarkPlanSize, ...size });
}

/** POSTs JSON and fails loudly on anything but the expected status. */
export async function postJson(url, body, headers = {}, method = 'POST', expected = [200, 201]) {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  if (!expected.includes(response.status)) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}
