import type { LocalizedText, SurveyDocument } from '../../../core/engagement/survey-format.js';
import communityVisionInput from './community-vision-input.json' with { type: 'json' };
import familySurvey from './family-survey.json' with { type: 'json' };
import performanceFactBuyIn from './performance-fact-buy-in.json' with { type: 'json' };
import staffDraftFeedback from './staff-draft-feedback.json' with { type: 'json' };

export interface SurveyStarter {
  key: string;
  /** The process templates (templates/*.json) whose phases ask for this kind of survey. */
  frameworks: string[];
  description: LocalizedText;
  document: SurveyDocument;
}

/**
 * The starter library: surveys the frameworks in ../shared/seeds call for, written once in
 * English and Spanish. A district copies one into a draft of its own and adapts the copy; the
 * starters themselves are never edited (they ship with the code, and a test holds each valid and
 * complete in both languages).
 */
export const surveyStarters: readonly SurveyStarter[] = [
  {
    key: 'community-vision-input',
    frameworks: ['koru-vision-and-strategy', 'cec-strategic-planning'],
    description: {
      en: 'Hopes for graduates, strengths to keep and priorities, from everyone the district serves: input for the vision sessions (Koru’s Envision phase, CEC’s Vision Retreat).',
      es: 'Lo que se espera de los graduados, las fortalezas que conservar y las prioridades, de todas las personas a las que sirve el distrito: aportes para las sesiones de visión (la fase Envision de Koru, el Vision Retreat del CEC).',
    },
    document: communityVisionInput as SurveyDocument,
  },
  {
    key: 'family-survey',
    frameworks: ['thru-community-planning'],
    description: {
      en: 'How school is going for families: safety, welcome, communication and satisfaction, with what one change would help (Thru’s community outreach).',
      es: 'Cómo les va a las familias con la escuela: seguridad, acogida, comunicación y satisfacción, y qué cambio ayudaría más (el alcance comunitario de Thru).',
    },
    document: familySurvey as SurveyDocument,
  },
  {
    key: 'performance-fact-buy-in',
    frameworks: ['performance-fact-strategic-alignment'],
    description: {
      en: 'Phase 4’s reality check, “Is everyone still with us?”: agreement with the goal and its vital signs, the mission and values, and commitment to the next steps.',
      es: 'La revisión de la fase 4, «¿Seguimos todos juntos?»: acuerdo con la meta y sus signos vitales, la misión y los valores, y compromiso con los próximos pasos.',
    },
    document: performanceFactBuyIn as SurveyDocument,
  },
  {
    key: 'staff-draft-feedback',
    frameworks: ['cec-strategic-planning', 'thru-community-planning', 'louisiana-strong-school-systems', 'koru-vision-and-strategy', 'performance-fact-strategic-alignment'],
    description: {
      en: 'Staff read the draft plan and say what fits, what is missing, what is not realistic and where to start.',
      es: 'El personal lee el borrador del plan y dice qué encaja, qué falta, qué no es realista y por dónde empezar.',
    },
    document: staffDraftFeedback as SurveyDocument,
  },
];

export const findSurveyStarter = (key: string) => surveyStarters.find((starter) => starter.key === key);
