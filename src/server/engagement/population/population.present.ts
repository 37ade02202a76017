import { populationDimensions, suggestedPopulationGroups } from '../../../core/engagement/population/population-groups.js';
import type { PopulationGroupRow } from './population.repo.js';

/** The population as the API sends it: one list per school and dimension, district-wide first. */
export function presentPopulation(version: number, rows: readonly PopulationGroupRow[]) {
  const lists = new Map<string, { school: string; dimension: PopulationGroupRow['dimension']; groups: Omit<PopulationGroupRow, 'school' | 'dimension'>[]; total: number }>();
  for (const row of rows) {
    const id = `${row.school}\u0000${row.dimension}`;
    const list = lists.get(id) ?? { school: row.school, dimension: row.dimension, groups: [], total: 0 };
    list.groups.push({ key: row.key, label: row.label, count: row.count, source: row.source });
    list.total += row.count;
    lists.set(id, list);
  }
  const ordered = [...lists.values()].sort((a, b) => a.school.localeCompare(b.school) || populationDimensions.indexOf(a.dimension) - populationDimensions.indexOf(b.dimension));
  const schools = [...new Set(['', ...ordered.map((list) => list.school)])].filter((school) => school === '' || ordered.some((list) => list.school === school));
  const suggestions = Object.fromEntries(populationDimensions.map((dimension) => [dimension, suggestedPopulationGroups[dimension].map((group) => ({ ...group }))])) as Record<PopulationGroupRow['dimension'], { key: string; label: string }[]>;
  return { version, schools, lists: ordered, suggestions };
}
