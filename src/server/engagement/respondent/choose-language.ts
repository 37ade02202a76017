/**
 * The language a respondent reads the survey in: the one they chose (`?lang=`), else the first of
 * their browser's languages (Accept-Language, in order of preference) the survey is offered in,
 * else the survey's first language. "es-MX" finds "es", and "zh" finds "zh-Hant".
 */
export function chooseSurveyLanguage(options: { chosen?: string | undefined; acceptLanguage?: string | undefined; languages: readonly string[] }): string {
  const { languages } = options;
  const offered = (tag: string) => findOffered(tag, languages);
  const chosen = options.chosen ? offered(options.chosen) : undefined;
  if (chosen) return chosen;
  for (const tag of preferredTags(options.acceptLanguage)) {
    const found = offered(tag);
    if (found) return found;
  }
  return languages[0] ?? 'en';
}

function findOffered(tag: string, languages: readonly string[]): string | undefined {
  const wanted = tag.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = languages.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return languages.find((language) => language.toLowerCase() === primary) ?? languages.find((language) => language.toLowerCase().split('-')[0] === primary);
}

/** Accept-Language's tags, most wanted first ("*" and q=0 left out). */
function preferredTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}
