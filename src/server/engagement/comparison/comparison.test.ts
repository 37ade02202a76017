import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSurveyFor, respond, sampleSurvey } from '../../testing/survey-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherPlanner: Person;
let spring: { id: string; code: string };
let fall: { id: string; code: string };
let different: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherPlanner = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'planner' });
  fall = await openSurveyFor(t, districtId, planner.auth, sampleSurvey({ title: { en: 'Fall family survey', es: 'Encuesta de otoño' } }));
  spring = await openSurveyFor(t, districtId, planner.auth);
  // The same key asked another way (a number, not a Likert item) cannot be compared.
  const base = sampleSurvey();
  different = await openSurveyFor(t, districtId, planner.auth, { ...base, questions: base.questions.map((q) => (q.key === 'safe' ? { key: 'safe', type: 'number', text: q.text } : q)) });
  const send = async (code: string, n: number, answers: object) => {
    for (let i = 0; i < n; i++) expect((await respond(t, code, answers as Record<string, unknown>)).statusCode).toBe(201);
  };
  // Fall: 10 parents, 5 agree; 6 staff. Spring: 10 parents, 8 agree; 2 staff; 5 students.
  await send(fall.code, 5, { role: 'parent', safe: 'agree', children: 2 });
  await send(fall.code, 5, { role: 'parent', safe: 'disagree', children: 1 });
  await send(fall.code, 6, { role: 'staff', safe: 'agree' });
  await send(spring.code, 8, { role: 'parent', safe: 'agree', children: 3 });
  await send(spring.code, 2, { role: 'parent', safe: 'disagree', children: 3 });
  await send(spring.code, 2, { role: 'staff', safe: 'agree' });
  // Five students who answer too, so hiding the two staff does not also take the parents as the complement.
  await send(spring.code, 5, { role: 'student', safe: 'neutral' });
  await send(different.code, 5, { role: 'parent', safe: 4 });
});
afterAll(() => t.close());

const compare = (query: string, who: Person = viewer, id = spring.id) => t.app.inject({ method: 'GET', url: `/api/surveys/${id}/comparison?${query}`, headers: who.auth });
const optionOf = (body: { questions: Array<{ key: string; options?: Array<{ key: string }> }> }, question: string, option: string) => body.questions.find((q) => q.key === question)!.options!.find((o) => o.key === option);

describe('two surveys side by side', () => {
  it('compares shared questions overall: percentages of those who answered and the change in points', async () => {
    const res = await compare(`with=${fall.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ by: null, group: 'all', threshold: 5 });
    expect(body.before).toMatchObject({ survey_id: fall.id, title: { en: 'Fall family survey' }, respondents: 16 });
    expect(body.after).toMatchObject({ survey_id: spring.id, respondents: 17 });
    // Percentages of those who answered: 11 of 16 in the fall, 10 of 17 in the spring.
    expect(optionOf(body, 'safe', 'agree')).toMatchObject({ before: 68.8, after: 58.8, change_points: -10 });
    expect(body.questions.find((q: { key: string }) => q.key === 'children').mean).toEqual({ before: 1.5, after: 3, change: 1.5 });
  });

  it('compares one group of a shared breakdown, and keeps a small group hidden on both sides', async () => {
    const parents = json(await compare(`with=${fall.id}&by=role&group=parent`));
    expect(optionOf(parents, 'safe', 'agree')).toMatchObject({ before: 50, after: 80, change_points: 30 });
    const staff = json(await compare(`with=${fall.id}&by=role&group=staff`));
    // Spring's 2 staff are under the threshold: their share, and the change built on it, stay hidden.
    expect(optionOf(staff, 'safe', 'agree')).toMatchObject({ before: 100, after: { suppressed: true }, change_points: { suppressed: true } });
  });

  it('lists a question asked another way as differing instead of comparing it', async () => {
    const body = json(await compare(`with=${different.id}`));
    expect(body.differing).toEqual(['safe']);
    expect(body.questions.map((q: { key: string }) => q.key)).not.toContain('safe');
  });

  it.each([
    ['itself', () => `with=${spring.id}`, 'query/with'],
    ['a survey of no district', () => `with=00000000-0000-4000-8000-000000000000`, 'query/with'],
    ['not a survey id', () => 'with=x', 'query/with'],
    ['a group the breakdown lacks', () => `with=${fall.id}&by=role&group=teacher`, 'query/group'],
  ])('refuses comparing with %s, naming the field', async (_, query, path) => {
    const res = await compare(query());
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details[0].path).toBe(path);
  });

  it('is the district’s own', async () => {
    expect((await compare(`with=${fall.id}`, otherPlanner)).statusCode).toBe(404);
  });
});
