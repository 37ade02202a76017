import type { Kysely } from 'kysely';
import { wordSurveyResult } from '../../../core/engagement/citations/word-survey-result.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import type { EvidenceLink } from '../../../core/plan/format/evidence.js';
import type { DB } from '../../db/schema.js';
import { readQuestionThemes } from '../themes/read-question-themes.js';
import { listQuestionAnswers } from '../themes/list-question-answers.js';
import { listSurveys } from '../surveys/list-surveys.js';
import { listRaisedThemes } from '../focus-groups/list-raised-themes.js';
import { readSurveyResults } from '../surveys/read-survey-results.js';

const themeWords = {
  en: (survey: string, question: string, label: string, count: number) => `${survey}, “${question}”: ${count === 1 ? 'one answer' : `${count} answers`} on ${label}`,
  es: (survey: string, question: string, label: string, count: number) => `${survey}, «${question}»: ${count === 1 ? 'una respuesta' : `${count} respuestas`} sobre ${label}`,
};
const focusGroupWords = {
  en: { source: 'Focus groups', text: (name: string, groups: number, of: number) => `Focus groups: “${name}” raised by ${groups} of ${of} ${of === 1 ? 'group' : 'groups'}` },
  es: { source: 'Grupos focales', text: (name: string, groups: number, of: number) => `Grupos focales: «${name}», planteado por ${groups} de ${of} ${of === 1 ? 'grupo' : 'grupos'}` },
};
const quoteWords = {
  en: (survey: string, text: string) => `“${text.trim()}” (${survey})`,
  es: (survey: string, text: string) => `«${text.trim()}» (${survey})`,
};

export interface CitableItem {
  link: EvidenceLink;
  source: string;
  label: string;
  text: string;
}

/**
 * What the community said that a plan element can cite: each answered question of the district's
 * opened surveys, worded from its protected results, and for open questions the themes the team
 * found and the answers it starred (quotes are the planning team's to cite: an anonymous answer
 * carries no name). Focus-group themes join the list from their own resource (see the route).
 */
export async function listCitableSurveyEvidence(options: { db: Kysely<DB>; organizationId: string; language: 'en' | 'es' }): Promise<CitableItem[]> {
  const { db, organizationId, language } = options;
  const surveys = (await listSurveys({ db, organizationId })).filter((survey) => survey.status !== 'draft' && Number(survey.responses) > 0);
  const items: CitableItem[] = [];
  for (const survey of surveys) {
    const document = survey.document as SurveyDocument;
    const fallbacks = [...document.languages, 'en'];
    const results = await readSurveyResults({ db, organizationId, surveyId: survey.id, by: null });
    const source = textIn(document.title, language, fallbacks);
    for (const question of results.questions) {
      if (question.answered.all === 0) continue;
      const asked = textIn(question.text, language, fallbacks);
      items.push({
        link: { kind: 'survey_result', survey_id: survey.id, question_key: question.key },
        source,
        label: asked,
        text: wordSurveyResult({ surveyTitle: document.title, question, language, fallbacks }),
      });
      if (question.type !== 'text') continue;
      // The team's reading of the open answers: its themes, and the answers it starred.
      const scope = { db, organizationId, surveyId: survey.id, questionKey: question.key };
      const themes = await readQuestionThemes(scope);
      for (const { theme, count } of themes.themes) {
        items.push({ link: { kind: 'survey_theme', survey_id: survey.id, question_key: question.key, theme_id: theme.id }, source, label: theme.label, text: themeWords[language](source, asked, theme.label, count) });
      }
      const starred = await listQuestionAnswers({ ...scope, filter: { q: null, theme: null, starred: true, page: 1, perPage: 200 } });
      for (const { answer } of starred.answers) {
        items.push({ link: { kind: 'survey_quote', survey_id: survey.id, question_key: question.key, response_id: answer.id }, source, label: answer.text, text: quoteWords[language](source, answer.text) });
      }
    }
  }
  return items;
}

/** The focus-group codebook themes some group raised: how widely, in words a plan can cite. */
export async function listCitableFocusGroupThemes(options: { db: Kysely<DB>; organizationId: string; language: 'en' | 'es' }): Promise<CitableItem[]> {
  const words = focusGroupWords[options.language];
  return (await listRaisedThemes(options)).map((theme) => ({
    link: { kind: 'focus_group_theme', cycle_id: theme.cycleId, theme_id: theme.id },
    source: words.source,
    label: theme.name,
    text: words.text(theme.name, theme.groups, Math.max(theme.cycleGroups, theme.groups)),
  }));
}
