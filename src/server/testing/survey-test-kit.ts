import { randomUUID } from 'node:crypto';
import type { SurveyDocument } from '../../core/engagement/survey-format.js';
import { json, type TestApp } from './test-app.js';

/** A small bilingual survey using most question types: role (for breakdowns), Likert, multi, rank, number, text, matrix. */
export function sampleSurvey(overrides: Partial<SurveyDocument> = {}): SurveyDocument {
  return {
    format: 'survey/v1',
    title: { en: 'Spring family survey', es: 'Encuesta de primavera para familias' },
    intro: { en: 'Five minutes, anonymous.', es: 'Cinco minutos, anónima.' },
    mode: 'anonymous',
    languages: ['en', 'es'],
    questions: [
      {
        key: 'role',
        type: 'single',
        text: { en: 'Which best describes you?', es: '¿Qué le describe mejor?' },
        required: true,
        demographic: 'role',
        options: [
          { key: 'parent', text: { en: 'Parent', es: 'Madre o padre' } },
          { key: 'staff', text: { en: 'Staff', es: 'Personal' } },
          { key: 'student', text: { en: 'Student', es: 'Estudiante' } },
        ],
      },
      { key: 'safe', type: 'likert', scale: 'agreement-5', dont_know: true, text: { en: 'My child feels safe at school.', es: 'Mi hijo se siente seguro en la escuela.' } },
      { key: 'channels', type: 'multi', text: { en: 'How do you hear from school?', es: '¿Cómo recibe noticias?' }, options: [{ key: 'text', text: { en: 'Text', es: 'Mensaje' } }, { key: 'email', text: { en: 'Email', es: 'Correo' } }] },
      { key: 'children', type: 'number', integer: true, min: 1, max: 15, text: { en: 'How many children?', es: '¿Cuántos hijos?' } },
      { key: 'comment', type: 'text', long: true, text: { en: 'Anything else?', es: '¿Algo más?' } },
    ],
    extensions: { 'example.org/tool': { imported_from: 'another tool' } },
    ...overrides,
  };
}

/** Posts a survey to the district and opens it; returns its id and public code. */
export async function openSurveyFor(t: TestApp, districtId: string, auth: Record<string, string>, document: SurveyDocument = sampleSurvey()) {
  const created = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: auth, payload: document });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
  const id = json(created).id as string;
  const opened = await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/open`, headers: auth });
  if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.statusCode} ${opened.body}`);
  return { id, code: json(opened).public_code as string };
}

/** One respondent's answers sent to the public route (no sign-in). */
export function respond(t: TestApp, code: string, answers: Record<string, unknown>, options: { locale?: string; submissionId?: string; extra?: Record<string, unknown> } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/public/surveys/${code}/responses`,
    payload: { submission_id: options.submissionId ?? randomUUID(), locale: options.locale ?? 'en', answers, ...options.extra },
  });
}
