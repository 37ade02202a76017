import type { Locale } from '../i18n/format-message.js';
import { matchStudentGroup, type StudentGroupCatalog } from './student-groups.js';

/**
 * The Spanish name of each built-in student group, by its stable key (student-groups.ts). A group a
 * district defines itself, or names in a way nothing matches, keeps the district's own words.
 */
const spanishNames: Record<string, string> = {
  female: 'Mujeres',
  male: 'Hombres',
  nonbinary: 'No binario',
  hispanic: 'Hispanos o latinos',
  american_indian: 'Indígenas americanos o nativos de Alaska',
  asian: 'Asiáticos',
  black: 'Negros o afroamericanos',
  pacific_islander: 'Nativos de Hawái u otras islas del Pacífico',
  white: 'Blancos',
  multiracial: 'Dos o más razas',
  english_learner: 'Estudiantes de inglés',
  not_english_learner: 'Estudiantes que no aprenden inglés',
  students_with_disabilities: 'Estudiantes con discapacidades',
  students_without_disabilities: 'Estudiantes sin discapacidades',
  economically_disadvantaged: 'Estudiantes de bajos recursos',
  not_economically_disadvantaged: 'Estudiantes que no son de bajos recursos',
  migrant: 'Estudiantes migrantes',
  not_migrant: 'Estudiantes no migrantes',
  homeless: 'Estudiantes sin hogar',
  not_homeless: 'Estudiantes con hogar',
  foster_care: 'Estudiantes en hogares de acogida',
  not_foster_care: 'Estudiantes que no están en hogares de acogida',
  military_connected: 'Estudiantes de familias militares',
  not_military_connected: 'Estudiantes que no son de familias militares',
};

/** A student group's name as a reader of `locale` reads it: a built-in group in that language, any other as the district wrote it. */
export function studentGroupLabel(name: string, locale: Locale, catalog?: StudentGroupCatalog): string {
  if (locale === 'en') return name;
  const group = matchStudentGroup(name, catalog);
  return (group.isKnown && spanishNames[group.key]) || name;
}
