import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePlanDocument } from './validate-plan-document.js';

const specDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/spec');
const hasSpec = existsSync(specDir);
if (!hasSpec) console.warn(`Skipping the shared spec examples: ${specDir} is absent (it sits beside the project checkout).`);

const minimal = { format: 'strategic-plan/v1', organization: { name: 'X', kind: 'district' }, plan: { title: 'T', goals: [] as unknown[] } };

describe('validatePlanDocument', () => {
  it('accepts a minimal document without adding anything to it', () => {
    const result = validatePlanDocument(minimal);
    expect(result).toEqual({ ok: true, document: minimal });
  });

  it.each([
    ['an unknown unit', { goals: [{ key: 'G1', title: 'g', measures: [{ key: 'G1.M1', name: 'm', unit: 'furlongs' }] }] }, '/plan/goals/0/measures/0/unit'],
    ['a string where a number belongs', { goals: [{ key: 'G1', title: 'g', measures: [{ key: 'G1.M1', name: 'm', baseline: { period: { label: '2024' }, value: '48%' } }] }] }, '/plan/goals/0/measures/0/baseline/value'],
    ['a field the format does not have', { goals: [{ key: 'G1', title: 'g', colour: 'red' }] }, '/plan/goals/0/colour'],
    ['a bad key', { goals: [{ key: ' G1', title: 'g' }] }, '/plan/goals/0/key'],
    ['a key used twice', { goals: [{ key: 'G1', title: 'a' }, { key: 'G1', title: 'b' }] }, '/plan/goals/1/key'],
    ['a dangling interim parent', { goals: [{ key: 'I1', kind: 'interim_goal', parent: 'G9', title: 'i' }] }, '/plan/goals/0/parent'],
    ['an interim goal pointing at a guardrail', { goals: [{ key: 'R1', kind: 'guardrail', title: 'r' }, { key: 'I1', kind: 'interim_goal', parent: 'R1', title: 'i' }] }, '/plan/goals/1/parent'],
    ['a duplicate across levels', { goals: [{ key: 'G1', title: 'g', strategies: [{ key: 'S1', title: 's', actions: [{ key: 'S1', title: 'a' }] }] }] }, '/plan/goals/0/strategies/0/actions/0/key'],
  ])('refuses %s, naming its path', (_label, plan, pointer) => {
    const result = validatePlanDocument({ ...minimal, plan: { title: 'T', ...plan } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(pointer);
  });

  it('lists every problem, not just the first', () => {
    const result = validatePlanDocument({ organization: { name: '', kind: 'planet' }, plan: { goals: 'none' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['/format', '/organization/kind', '/organization/name', '/plan/goals', '/plan/title']);
  });

  it('tells a field of the wrong type from a missing one, and refuses unstorable text', () => {
    const notADocument = validatePlanDocument(5);
    expect(!notADocument.ok && notADocument.problems[0]!.message).not.toBe('is required');
    const missing = validatePlanDocument({ ...minimal, plan: { goals: [] } });
    expect(!missing.ok && missing.problems).toEqual([{ path: '/plan/title', message: 'is required' }]);
    const nul = validatePlanDocument({ ...minimal, plan: { ...minimal.plan, extensions: { note: ['a\u0000'] } } });
    expect(!nul.ok && nul.problems.map((p) => p.path)).toEqual(['/plan/extensions/note/0']);
  });

  it.skipIf(!hasSpec)('accepts the published example as it is', () => {
    const example = JSON.parse(readFileSync(path.join(specDir, 'examples/riverbend-2026-2031.json'), 'utf8'));
    const result = validatePlanDocument(example);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toEqual(example);
  });

  it.skipIf(!hasSpec)('refuses every published invalid example', () => {
    const dir = path.join(specDir, 'examples/invalid');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const result = validatePlanDocument(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      expect(result.ok, file).toBe(false);
    }
  });
});
