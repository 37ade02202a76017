import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor } from '../../testing/survey-test-kit.js';
import { noteCommit } from '../../db/write-epoch.js';
import { findSurveyByCode } from './open-survey-lookup.js';
import { loadResponseTable } from './survey-response-tables.js';

let t: TestApp;
let districtId: string;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  auth = (await t.factories.user({ organizationId: districtId, role: 'planner' })).auth;
});
afterAll(() => t.close());

/** Responses inserted with the seqs given, as concurrent inserts would leave them: a lower seq may be committed after a higher one was read. */
async function insertWithSeqs(surveyId: string, seqs: number[], role = 'parent') {
  for (const seq of seqs) {
    await sql`insert into survey_responses (seq, survey_id, organization_id, submission_id, locale, answers)
      values (${seq}, ${surveyId}, ${districtId}, ${randomUUID()}, 'en', ${JSON.stringify({ role })}::jsonb)`.execute(t.ctx.db);
  }
}
const sizeOf = async (surveyId: string) => (await loadResponseTable({ db: t.ctx.db, organizationId: districtId, surveyId }))!.table.size;

describe('the in-memory table of responses', () => {
  it('finds a response committed late below the seqs already read, whether they run without a gap or not', async () => {
    const { id } = await openSurveyFor(t, districtId, auth);
    await insertWithSeqs(id, [900_010, 900_011, 900_012]);
    expect(await sizeOf(id)).toBe(3);
    // Below a run without gaps: only the seqs under the lowest need looking at.
    await insertWithSeqs(id, [900_005]);
    expect(await sizeOf(id)).toBe(4);
    // In a gap between seqs read.
    await insertWithSeqs(id, [900_020, 900_022]);
    expect(await sizeOf(id)).toBe(6);
    await insertWithSeqs(id, [900_021, 900_008]);
    expect(await sizeOf(id)).toBe(8);
    expect(await sizeOf(id)).toBe(8);
  });

  it('reads a first table of more responses than one batch in side-by-side ranges, each response once', async () => {
    const { id } = await openSurveyFor(t, districtId, auth);
    await sql`insert into survey_responses (survey_id, organization_id, submission_id, locale, answers)
      select ${id}, ${districtId}, gen_random_uuid(), 'en', jsonb_build_object('role', case when g % 3 = 0 then 'staff' else 'parent' end)
      from generate_series(1, 12345) g`.execute(t.ctx.db);
    const loaded = (await loadResponseTable({ db: t.ctx.db, organizationId: districtId, surveyId: id }))!;
    expect(loaded.table.size).toBe(12_345);
    const column = loaded.table.column('role');
    expect(column?.kind).toBe('choice');
    const codes = column?.kind === 'choice' ? column.codes.subarray(0, loaded.table.size) : new Uint8Array();
    // role's choices are parent, staff, student: codes 1 and 2.
    expect({ parents: codes.filter((code) => code === 1).length, staff: codes.filter((code) => code === 2).length }).toEqual({ parents: 8230, staff: 4115 });
  });

  it('lets readers share what was computed from the table until a response comes in, frozen', async () => {
    const { id } = await openSurveyFor(t, districtId, auth);
    await insertWithSeqs(id, [910_001, 910_002]);
    const load = () => loadResponseTable({ db: t.ctx.db, organizationId: districtId, surveyId: id }).then((loaded) => loaded!);
    let computed = 0;
    const tally = (loaded: Awaited<ReturnType<typeof load>>) => loaded.remember('size', () => ({ computed: ++computed, size: loaded.table.size }));
    const first = tally(await load());
    expect(tally(await load())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    await insertWithSeqs(id, [910_003]);
    expect(tally(await load())).toEqual({ computed: 2, size: 3 });
  });

  it('gives concurrent readers a table with every response committed before they asked', async () => {
    const { id } = await openSurveyFor(t, districtId, auth);
    await insertWithSeqs(id, [920_001, 920_002]);
    const sizes = await Promise.all(Array.from({ length: 10 }, () => sizeOf(id)));
    expect(sizes).toEqual(Array(10).fill(2));
    await insertWithSeqs(id, [920_003]);
    expect(await Promise.all(Array.from({ length: 10 }, () => sizeOf(id)))).toEqual(Array(10).fill(3));
  });
});

describe('surveys looked up by code', () => {
  it('share a lookup under way, but not one begun before a commit', async () => {
    const { code } = await openSurveyFor(t, districtId, auth);
    // Nothing remembered yet for a fresh code: the first call starts the lookup, the second joins it.
    noteCommit();
    const first = findSurveyByCode(t.ctx.db, code);
    expect(findSurveyByCode(t.ctx.db, code)).toBe(first);
    noteCommit();
    const afterCommit = findSurveyByCode(t.ctx.db, code);
    expect(afterCommit).not.toBe(first);
    expect((await afterCommit)?.public_code).toBe(code);
    await first;
  });
});
