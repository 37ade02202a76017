import { suggestedPopulationGroups } from '../../../core/engagement/population/population-groups.js';
import type { DistrictPopulation } from '../population/read-population.js';

const spanishRoleLabels: Record<string, string> = {
  families: 'Madres, padres y familias',
  students: 'Estudiantes',
  teachers: 'Docentes',
  support_staff: 'Personal de apoyo',
  principals: 'Directivos escolares',
  community: 'Miembros de la comunidad',
};

/**
 * The roles a commenter may say they have: the district's own list of roles when it entered who it
 * serves (so comments count against the same population as surveys), else the suggested ones.
 * The suggested labels read in Spanish too; a district's own labels are shown as it wrote them.
 */
export function commenterRoles(population: DistrictPopulation, language: 'en' | 'es'): { key: string; label: string }[] {
  const own = population.lists.find((list) => list.school === '' && list.dimension === 'role');
  const groups = own?.groups.length ? own.groups : suggestedPopulationGroups.role;
  return groups.map((group) => ({ key: group.key, label: language === 'es' ? (spanishRoleLabels[group.key] ?? group.label) : group.label }));
}
