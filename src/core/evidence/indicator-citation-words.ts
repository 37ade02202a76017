/**
 * The words a plan element starts from when it cites a reading of the district's data: the value,
 * whose it is, how many students, and how far from the district, in the reader's language. Plain
 * numbers only (the cited words travel in the plan's file and its printouts).
 */

export type CitationLanguage = 'en' | 'es';

export interface ReadingToCite {
  metric: { label: string; unit: 'percent' | 'count' | 'rate' | 'number' };
  period: string;
  /** Whose value it is: a student group's name, or null for the district's. */
  group: string | null;
  value: number;
  n: number | null;
  /** The district's value beside a group's, to say the gap. */
  districtValue: number | null;
}

const words = {
  en: { forDistrict: 'for the district', points: 'points', above: 'above the district', below: 'below the district', sameAs: 'the same as the district' },
  es: { forDistrict: 'en el distrito', points: 'puntos', above: 'por encima del distrito', below: 'por debajo del distrito', sameAs: 'igual que el distrito' },
} as const;

function number(value: number, language: CitationLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

export function formatReadingValue(value: number, unit: ReadingToCite['metric']['unit'], language: CitationLanguage): string {
  return unit === 'percent' ? `${number(value, language)}%` : number(value, language);
}

/**
 * "ELA % Level 3+4, 2022-23: English learners 21%, n 1,204, 31.1 points below the district (52.1%)."
 * For the district itself: "ELA % Level 3+4, 2022-23: 52.1% for the district, n 12,340."
 */
export function citationSentence(reading: ReadingToCite, language: CitationLanguage): string {
  const say = words[language];
  const value = formatReadingValue(reading.value, reading.metric.unit, language);
  const n = reading.n === null ? '' : `, n ${new Intl.NumberFormat(language).format(reading.n)}`;
  const head = `${reading.metric.label}, ${reading.period}: `;
  if (reading.group === null) return `${head}${value} ${say.forDistrict}${n}.`;
  if (reading.districtValue === null) return `${head}${reading.group} ${value}${n}.`;
  const gap = reading.value - reading.districtValue;
  const district = formatReadingValue(reading.districtValue, reading.metric.unit, language);
  if (Math.abs(gap) < 0.05) return `${head}${reading.group} ${value}${n}, ${say.sameAs} (${district}).`;
  const size = reading.metric.unit === 'percent' ? `${number(Math.abs(gap), language)} ${say.points}` : number(Math.abs(gap), language);
  return `${head}${reading.group} ${value}${n}, ${size} ${gap > 0 ? say.above : say.below} (${district}).`;
}
