import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../platform/audit/actor.js';
import { backupDistrict } from '../../platform/backup/backup-district.js';
import { restoreDistrict } from '../../platform/backup/restore-district.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { readStudentGroupCatalog } from './read-student-groups.js';
import { matchStudentGroup } from '../../../core/monitoring/student-groups.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let administrator: Person;
let planner: Person;
let contributor: Person;
let viewer: Person;
let networkAdmin: Person;
let otherAdmin: Person;
let otherDistrictId: string;

beforeAll(async () => {
  t = await createTestApp();
  const network = await t.factories.organization({ kind: 'network' });
  networkAdmin = await t.factories.user({ organizationId: network.id, role: 'network_admin' });
  districtId = (await t.factories.organization({ name: 'Larch Valley Schools', networkId: network.id })).id;
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherDistrictId = (await t.factories.organization({ name: 'Other Unified' })).id;
  otherAdmin = await t.factories.user({ organizationId: otherDistrictId, role: 'administrator' });
});
afterAll(() => t.close());

const listUrl = (id = districtId) => `/api/districts/${id}/student-groups`;
const list = (who: Person = viewer, id = districtId) => t.app.inject({ method: 'GET', url: listUrl(id), headers: who.auth });
const add = (payload: object, who: Person = administrator) => t.app.inject({ method: 'POST', url: listUrl(), headers: who.auth, payload });
const save = (key: string, payload: object, who: Person = administrator) => t.app.inject({ method: 'PUT', url: `${listUrl()}/${key}`, headers: who.auth, payload });
const groupOf = async (key: string) => (json(await list()).groups as Array<Record<string, unknown>>).find((g) => g.key === key)!;

describe('the district list of student groups', () => {
  it('is the built-in list by category before anyone changes it, and reading writes nothing', async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(body.isDefault).toBe(true);
    expect(body.groups).toContainEqual({ key: 'hispanic', category: 'race_ethnicity', name: 'Hispanic or Latino', aliases: expect.arrayContaining(['Hispanic', 'Hispanic/Latino']), isRetired: false, version: 1 });
    expect(body.groups).toContainEqual(expect.objectContaining({ key: 'english_learner', category: 'english_learner_status', name: 'English learners' }));
    const rows = await t.ctx.db.selectFrom('student_groups').select('key').where('organization_id', '=', districtId).execute();
    expect(rows).toEqual([]);
  });

  it('adds a group (writing the district its own list), with an audit row', async () => {
    const res = await add({ category: 'Program', name: 'Newcomers', aliases: ['Newcomer students', 'newcomers'] });
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toEqual({ key: 'newcomers', category: 'Program', name: 'Newcomers', aliases: ['Newcomer students'], isRetired: false, version: 1 });
    const body = json(await list());
    expect(body.isDefault).toBe(false);
    expect(body.groups.at(-1).key).toBe('newcomers');
    expect(body.groups.length).toBeGreaterThan(20);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'entity_id']).where('organization_id', '=', districtId).where('action', '=', 'monitoring.student_group_added').execute();
    expect(audit).toEqual([{ action: 'monitoring.student_group_added', entity_id: 'newcomers' }]);
  });

  it('renames a group keeping its old name as another name, so what was written before still matches', async () => {
    const before = await groupOf('hispanic');
    const res = await save('hispanic', { category: 'race_ethnicity', name: 'Latino', aliases: ['Hispanic/Latino'], isRetired: false, version: before.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({ name: 'Latino', aliases: ['Hispanic/Latino', 'Hispanic or Latino'], version: 2 });
    const catalog = await readStudentGroupCatalog(t.ctx.db, districtId);
    for (const written of ['Hispanic or Latino', 'hispanic / latino', 'Latino']) expect(matchStudentGroup(written, catalog)).toMatchObject({ key: 'hispanic', category: 'race_ethnicity' });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['before', 'after']).where('action', '=', 'monitoring.student_group_saved').where('entity_id', '=', 'hispanic').executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ name: 'Hispanic or Latino' });
    expect(audit.after).toMatchObject({ name: 'Latino' });
  });

  it('retires and restores a group; a retired group still names its category for the privacy rule', async () => {
    const group = await groupOf('military_connected');
    const res = await save('military_connected', { category: group.category, name: group.name, aliases: group.aliases, isRetired: true, version: group.version });
    expect(json(res)).toMatchObject({ isRetired: true, version: group.version as number + 1 });
    expect(matchStudentGroup('Military connected', await readStudentGroupCatalog(t.ctx.db, districtId))).toMatchObject({ key: 'military_connected', category: 'military_status', isKnown: true });
    const restored = await save('military_connected', { category: group.category, name: group.name, aliases: group.aliases, isRetired: false, version: json(res).version });
    expect(json(restored).isRetired).toBe(false);
  });

  it('refuses a stale save with 409 and the current group', async () => {
    const res = await save('white', { category: 'race_ethnicity', name: 'White', aliases: [], isRetired: false, version: 7 });
    expect(res.statusCode).toBe(409);
    expect(json(res).error).toMatchObject({ code: 'conflict', current: { key: 'white', version: 1 } });
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{ category: 'sex', name: '' }, '/name'],
      [{ category: 'program', name: 'Gifted', aliases: [' '] }, '/aliases/0'],
      [{ category: '', name: 'Gifted' }, '/category'],
      [{ category: 'program', name: 'Gifted', aliases: ['x'.repeat(81)] }, '/aliases/0'],
      [{ category: 'program', name: 'Gifted', color: 'red' }, '/'],
      // A name another group holds would make every match a guess.
      [{ category: 'program', name: 'ELL' }, '/name'],
      [{ category: 'program', name: 'Gifted', aliases: ['Talented', 'Female'] }, '/aliases/1'],
    ];
    for (const [payload, path] of cases) {
      const res = await add(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(json(res).error.details.map((d: { path: string }) => d.path), JSON.stringify(payload)).toContain(path);
    }
    const renamedOnto = await save('white', { category: 'race_ethnicity', name: 'Asian', aliases: [], isRetired: false, version: 1 });
    expect(renamedOnto.statusCode).toBe(400);
    expect(json(renamedOnto).error.details[0]).toMatchObject({ path: '/name', message: expect.stringContaining('Asian'), code: 'name_taken', params: { name: 'Asian' } });
    expect((await save('no_such_group', { category: 'sex', name: 'Nobody', aliases: [], isRetired: false, version: 1 })).statusCode).toBe(404);
  });
});

describe('who may read and change the list', () => {
  it('lets every role of the district and its network read it, and only planners and administrators change it', async () => {
    for (const who of [administrator, planner, contributor, viewer, networkAdmin]) expect((await list(who)).statusCode).toBe(200);
    expect((await add({ category: 'program', name: 'Robotics club' }, planner)).statusCode).toBe(201);
    for (const who of [contributor, viewer, networkAdmin]) {
      expect((await add({ category: 'program', name: 'Chess club' }, who)).statusCode).toBe(403);
      expect((await save('white', { category: 'race_ethnicity', name: 'White', aliases: [], isRetired: true, version: 1 }, who)).statusCode).toBe(403);
    }
  });

  it('is not found from another district, and one district never sees or changes another list', async () => {
    for (const res of [
      await list(otherAdmin),
      await add({ category: 'program', name: 'Spies' }, otherAdmin),
      await save('white', { category: 'race_ethnicity', name: 'Spied', aliases: [], isRetired: false, version: 1 }, otherAdmin),
      await t.app.inject({ method: 'GET', url: listUrl() }),
    ]) {
      expect([401, 404]).toContain(res.statusCode);
      expect(res.body).not.toContain('Newcomers');
    }
    const own = json(await list(otherAdmin, otherDistrictId));
    expect(own.isDefault).toBe(true);
    expect(JSON.stringify(own)).not.toContain('Newcomers');
    expect((await groupOf('white')).name).toBe('White');
  });
});

describe('backup and restore', () => {
  it('carry the district list of student groups', async () => {
    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    expect(backup.tables.student_groups!.map((row) => row.name)).toContain('Newcomers');
    const target = await openTestDatabase();
    try {
      await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
      const catalog = await readStudentGroupCatalog(target.db, districtId);
      expect(matchStudentGroup('Newcomer students', catalog)).toMatchObject({ key: 'newcomers', category: 'Program' });
      expect(matchStudentGroup('Hispanic or Latino', catalog)).toMatchObject({ key: 'hispanic' });
    } finally {
      await target.close();
    }
  });
});
