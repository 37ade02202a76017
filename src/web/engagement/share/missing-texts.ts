import type { SurveyDocument } from '../../../core/engagement/survey-format';
import type { ApiErrorDetail } from '../../app/api';
import { pointerSegments } from '../builder/survey-paths';

export interface MissingText {
  path: string;
  language: string;
  key?: string;
}

/**
 * The missing translations a refused "Open survey" names (code missing_translation): the text's
 * path and its language, given as a param or as the pointer's last segment.
 */
export function missingTextsOf(details: readonly ApiErrorDetail[], document: SurveyDocument): MissingText[] {
  return details
    .filter((detail) => detail.code === 'missing_translation')
    .map((detail) => {
      const segments = pointerSegments(detail.path);
      const last = segments.at(-1);
      const fromParams = typeof detail.params?.language === 'string' ? detail.params.language : undefined;
      // "/questions/2/text/es": the pointer may name the language as its last segment, with or without a param.
      const isLanguageLast = last !== undefined && segments.length > 1 && document.languages.includes(last) && (!fromParams || fromParams === last);
      const path = isLanguageLast ? `/${segments.slice(0, -1).join('/')}` : detail.path;
      const key = typeof detail.params?.key === 'string' ? detail.params.key : undefined;
      return { path, language: fromParams ?? (isLanguageLast ? last! : (document.languages[1] ?? document.languages[0]!)), ...(key ? { key } : {}) };
    });
}
