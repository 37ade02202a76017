import type { Locale } from '../i18n/format-message.js';

/**
 * Common unit words as plans write them in English, in the other languages. A plan's unit label is
 * its own text ("% proficient", "días"); only these plain words, which every district writes the
 * same way, are said in the reader's language, so "2.6 months" reads "2,6 meses".
 */
const unitWords: Record<string, { es: string }> = {
  day: { es: 'día' },
  days: { es: 'días' },
  week: { es: 'semana' },
  weeks: { es: 'semanas' },
  month: { es: 'mes' },
  months: { es: 'meses' },
  year: { es: 'año' },
  years: { es: 'años' },
  hour: { es: 'hora' },
  hours: { es: 'horas' },
  minute: { es: 'minuto' },
  minutes: { es: 'minutos' },
  student: { es: 'estudiante' },
  students: { es: 'estudiantes' },
  school: { es: 'escuela' },
  schools: { es: 'escuelas' },
  teacher: { es: 'docente' },
  teachers: { es: 'docentes' },
  point: { es: 'punto' },
  points: { es: 'puntos' },
  percent: { es: 'por ciento' },
  'percentage points': { es: 'puntos porcentuales' },
  dollars: { es: 'dólares' },
  incidents: { es: 'incidentes' },
  visits: { es: 'visitas' },
};

/** A plan's unit label as a reader of `locale` reads it: a common English unit word translated, anything else as written. */
export function localizeUnitLabel(label: string, locale: Locale): string {
  if (locale === 'en') return label;
  const word = unitWords[label.trim().toLowerCase()];
  return word ? word[locale] : label;
}
