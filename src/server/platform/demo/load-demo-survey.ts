import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { copySurveyStarter } from '../../engagement/surveys/copy-survey-starter.js';
import { savePopulationList } from '../../engagement/population/save-population-list.js';
import { saveSurvey } from '../../engagement/surveys/save-survey.js';
import { openSurvey } from '../../engagement/surveys/open-survey.js';
import { changeSurveySettings } from '../../engagement/surveys/change-survey-settings.js';
import { groupRefOf } from '../../engagement/surveys/group-refs.js';
import { readStakeholderGroups } from '../../process/stakeholders/read-stakeholder-groups.js';
import { submitSurveyResponse } from '../../engagement/surveys/submit-survey-response.js';
import { AddressLimiter } from '../../engagement/surveys/address-limiter.js';
import { demoDistrict } from './demo-district.data.js';

const RESPONSES = 150;

/** The same answers on every load: a small seeded generator (mulberry32). */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

/**
 * The demo's family survey: the family starter copied and adapted (the district's own schools),
 * open, with 150 responses sent as a respondent's page sends them, some in Spanish, and one role
 * ("other caregiver") answered by only three people, so the results show a group hidden. It
 * serves the planning cycle, and some responses came through its stakeholder groups' links: the
 * Spanish-speaking ones through the English learners' families' link, seven through the staff's
 * and three through the students' (a group hidden, with the staff beside it).
 */
export async function loadDemoSurvey(options: { trx: Transaction<DB>; actor: Actor; organizationId: string; cycleId: string }) {
  const { trx, actor, organizationId } = options;
  const scope = { db: trx, actor, organizationId };
  const draft = await copySurveyStarter({ ...scope, starterKey: 'family-survey' });
  const document = structuredClone(draft.document) as SurveyDocument;
  const school = document.questions.find((question) => question.key === 'school')!;
  school.options = demoDistrict.schools.map((s) => ({ key: s.code.toLowerCase(), text: { en: s.name, es: s.name } }));
  delete school.help;
  document.title = { en: 'Cedar Valley family survey', es: 'Encuesta para familias de Cedar Valley' };
  const saved = await saveSurvey({ ...scope, surveyId: draft.id, version: draft.version, input: document, publicUrl: '' });
  await changeSurveySettings({ ...scope, surveyId: draft.id, version: saved.version, settings: { cycle_id: options.cycleId }, publicUrl: '' });
  const { code } = await openSurvey({ ...scope, surveyId: draft.id });
  const groups = await readStakeholderGroups({ db: trx, organizationId, cycleId: options.cycleId });
  const linkOf = (constituency: string) => groupRefOf(draft.id, groups.find((group) => group.constituency === constituency)!.id);
  const links = { families: linkOf('families'), teachers: linkOf('teachers'), students: linkOf('students') };

  const random = randomFrom(20260501);
  const limiter = new AddressLimiter({ limit: RESPONSES, windowMs: 3_600_000 });
  const schools = school.options.map((option) => option.key);
  for (let i = 0; i < RESPONSES; i++) {
    const role = i < 3 ? 'other' : i % 7 === 0 ? 'guardian' : i % 11 === 0 ? 'relative' : 'parent';
    const isSpanish = random.next() < 0.3;
    const leaning = random.next();
    const satisfaction = leaning < 0.1 ? 'very_dissatisfied' : leaning < 0.25 ? 'dissatisfied' : leaning < 0.45 ? 'neutral' : leaning < 0.85 ? 'satisfied' : 'very_satisfied';
    const agreement = () => random.pick(['strongly_disagree', 'disagree', 'neutral', 'agree', 'agree', 'strongly_agree', 'strongly_agree', 'dont_know']);
    const answers: Record<string, unknown> = {
      role,
      grade_band: random.pick(['early', 'elementary', 'elementary', 'middle', 'high']),
      climate: { safe: agreement(), welcome: agreement(), challenged: agreement(), adult: agreement() },
      hear_from: random.pick(['never', 'rarely', 'sometimes', 'sometimes', 'often', 'always']),
      channels: ['text', 'email', 'phone', 'app', 'paper', 'in_person'].filter(() => random.next() < 0.35),
      satisfaction,
      children: 1 + Math.floor(random.next() * 4),
      school: random.pick(schools),
      race_ethnicity: random.pick(['hispanic', 'hispanic', 'white', 'white', 'black', 'asian', 'multiracial', 'prefer_not']),
      home_language: isSpanish ? 'spanish' : random.pick(['english', 'english', 'english', 'other']),
    };
    if (satisfaction === 'dissatisfied' || satisfaction === 'very_dissatisfied') {
      answers.dissatisfied_why = isSpanish ? random.pick(['Más comunicación con los maestros.', 'El autobús llega tarde casi todos los días.']) : random.pick(['More communication from teachers.', 'The bus is late most days.', 'Class sizes are too big.']);
    }
    if (random.next() < 0.4) answers.one_change = isSpanish ? random.pick(['Tutorías después de clase.', 'Información en español.']) : random.pick(['After-school tutoring.', 'Earlier notice of events.', 'More arts and music.']);
    const group = i < 3 ? links.students : i < 10 ? links.teachers : isSpanish ? links.families : undefined;
    await submitSurveyResponse({
      db: trx,
      code,
      submission: { submission_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, locale: isSpanish ? 'es' : 'en', answers, ...(group ? { group } : {}) },
      channel: 'web',
      client: { address: 'demo' },
      // No form or kiosk token is sent and the limiter is this load's own: the key hashes only 'demo'.
      secret: 'demo-load',
      limiter,
    });
  }
  // Who the district serves, so "Who answered" has something to compare with: Spanish-speaking
  // families are 45% of the district but fewer of the respondents, and show flagged.
  await savePopulationList({ db: trx, actor, organizationId, version: 0, list: { school: '', dimension: 'role', groups: [{ key: 'parent', label: 'Parent', count: 7200 }, { key: 'guardian', label: 'Guardian or foster parent', count: 900 }, { key: 'relative', label: 'Grandparent or other relative', count: 600 }] } });
  await savePopulationList({ db: trx, actor, organizationId, version: 1, list: { school: '', dimension: 'home_language', groups: [{ key: 'english', label: 'English', count: 4400 }, { key: 'spanish', label: 'Spanish', count: 3900 }, { key: 'other', label: 'Another language', count: 400 }] } });
  return { surveyId: draft.id, code };
}
