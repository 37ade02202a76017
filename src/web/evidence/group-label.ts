import { studentGroupLabel } from '../../core/monitoring/student-group-names';
import type { Locale } from '../../core/i18n/format-message';

/**
 * A student group's name as the reader reads it: "All Students" (however a file writes it) in the
 * page's words, a built-in group in the page's language, any other as the district wrote it.
 */
export function groupLabelOf(name: string, locale: Locale, allStudents: string): string {
  return /^all students$/i.test(name.trim()) ? allStudents : studentGroupLabel(name, locale);
}
