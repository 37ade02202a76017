import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/secrets.js';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { runCli } from './run-cli.js';

let t: TestApp;
let folder: string;
beforeAll(async () => {
  t = await createTestApp();
  folder = mkdtempSync(path.join(tmpdir(), 'waymark-cli-'));
});
afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The real command line, on the test database (left open for the next run). */
async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    connect: async () => ({ db: t.ctx.db, config: t.ctx.config, close: async () => {} }),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const uuidLine = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const countOrganizations = async () => (await t.ctx.db.selectFrom('organizations').select('id').execute()).length;

describe('district create', () => {
  it('prints only the new id, and the audit history names the command line', async () => {
    const run = await cli('district', 'create', '--name', 'Cedar Valley USD', '--kind', 'district');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(uuidLine);
    const organization = await t.ctx.db.selectFrom('organizations').selectAll().where('id', '=', run.stdout).executeTakeFirstOrThrow();
    expect(organization).toMatchObject({ name: 'Cedar Valley USD', kind: 'district' });
    const event = await t.ctx.db.selectFrom('audit_events').selectAll().where('organization_id', '=', run.stdout).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'organization.created', actor_label: 'command line', actor_user_id: null });
  });

  it('puts a district in a network, and names --network when it is not one', async () => {
    const network = await cli('district', 'create', '--name', 'State Network', '--kind', 'network');
    const district = await cli('district', 'create', '--name', 'Pine Ridge', '--kind', 'district', '--network', network.stdout);
    expect((await t.ctx.db.selectFrom('organizations').select('network_id').where('id', '=', district.stdout).executeTakeFirstOrThrow()).network_id).toBe(network.stdout);

    const before = await countOrganizations();
    const refused = await cli('district', 'create', '--name', 'Nowhere', '--kind', 'district', '--network', district.stdout);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('--network: is not a network');
    expect(await countOrganizations()).toBe(before);
  });
});

describe('user create', () => {
  it('creates the account with an argon2id hash of the password and the membership', async () => {
    const district = await t.factories.organization();
    const run = await cli('user', 'create', '--email', 'Ada@Example.org', '--name', 'Ada Lovelace', '--password', 'a long passphrase', '--role', 'administrator', '--district', district.id);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(uuidLine);
    const user = await t.ctx.db.selectFrom('users').selectAll().where('id', '=', run.stdout).executeTakeFirstOrThrow();
    expect(user.email).toBe('ada@example.org');
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.password_hash, 'a long passphrase')).toBe(true);
    const membership = await t.ctx.db.selectFrom('memberships').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(membership).toMatchObject({ organization_id: district.id, role: 'administrator', is_active: true });
    const event = await t.ctx.db.selectFrom('audit_events').selectAll().where('organization_id', '=', district.id).where('action', '=', 'member.added').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_label: 'command line', entity_id: user.id });
  });

  it('adds a membership to an existing account without touching it', async () => {
    const [first, second] = [await t.factories.organization(), await t.factories.organization()];
    const person = await t.factories.user({ organizationId: first.id, role: 'planner' });
    const run = await cli('user', 'create', '--email', person.email, '--name', 'Other Name', '--password', 'another passphrase', '--role', 'viewer', '--district', second.id);
    expect(run).toMatchObject({ code: 0, stdout: person.id });
    expect(run.stderr).toContain('its name and password were left as they were');
    const user = await t.ctx.db.selectFrom('users').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: person.name, password_hash: person.password_hash });
    const roles = await t.ctx.db.selectFrom('memberships').select(['organization_id', 'role']).where('user_id', '=', person.id).orderBy('role').execute();
    expect(roles).toEqual([{ organization_id: first.id, role: 'planner' }, { organization_id: second.id, role: 'viewer' }]);
  });

  const newPerson = ['--email', 'nobody.yet@example.org', '--name', 'Nobody Yet'];
  const refusals: [string, (districtId: string) => string[], string][] = [
    ['a network role in a district', (id) => [...newPerson, '--role', 'coach', '--district', id], '--role: must be one of administrator, planner, contributor, viewer'],
    ['a short password', (id) => [...newPerson, '--role', 'viewer', '--district', id, '--password', 'short'], '--password: must be at least 10 characters'],
    ['a new account without a password', (id) => [...newPerson, '--role', 'viewer', '--district', id], '--password: is needed for a new account'],
    ['an unknown organization', () => [...newPerson, '--role', 'viewer', '--district', '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b', '--password', 'long enough here'], '--district: does not exist'],
    ['an email that is not one', (id) => ['--email', 'nobody.yet@', '--name', 'Nobody Yet', '--role', 'viewer', '--district', id, '--password', 'long enough here'], '--email must be an email address'],
  ];
  for (const [name, options, message] of refusals) {
    it(`refuses ${name}, naming the option, and creates nobody`, async () => {
      const district = await t.factories.organization();
      const run = await cli('user', 'create', ...options(district.id));
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toContain(message);
      expect(await t.ctx.db.selectFrom('users').select('id').where('email', 'like', 'nobody.yet@%').executeTakeFirst()).toBeUndefined();
    });
  }
});

describe('token create', () => {
  it('prints a token that signs the person in to the API', async () => {
    const person = await t.factories.user();
    const run = await cli('token', 'create', '--email', person.email, '--name', 'nightly export');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wmk_\S+$/);
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${run.stdout}` } });
    expect(session.statusCode).toBe(200);
    expect(json(session).user.email).toBe(person.email);
  });

  it('names --email when nobody has it', async () => {
    const run = await cli('token', 'create', '--email', 'missing@example.org', '--name', 'x');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('--email: create the person first');
  });
});

describe('demo load', () => {
  it('prints the id of the demo district with its schools', async () => {
    const run = await cli('demo', 'load');
    expect(run.stdout).toMatch(uuidLine);
    const schools = await t.ctx.db.selectFrom('schools').select('id').where('organization_id', '=', run.stdout).execute();
    expect(schools).toHaveLength(9);
  });
});

describe('backup and restore', () => {
  it('writes a private file, refuses to restore over the district, and replaces it with --replace', async () => {
    const district = await t.factories.organization();
    await t.factories.user({ organizationId: district.id, role: 'administrator' });
    const file = path.join(folder, 'district.json');
    const backup = await cli('backup', '--district', district.id, '--out', file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/memberships\s+1/);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const refused = await cli('restore', '--in', file);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('is already here, so nothing was restored');
    expect(refused.stderr).toContain('--replace: ');

    const replaced = await cli('restore', '--in', file, '--replace');
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(replaced.stdout).toContain(`(${district.id})`);
    expect(replaced.stdout).toMatch(/users\s+0 created, 1 already here/);
  });

  it('names what is wrong with a bad file', async () => {
    const file = path.join(folder, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'waymark-district-backup', version: 1, createdAt: 'soon' }));
    const run = await cli('restore', '--in', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('createdAt: must be a timestamp');
    expect(run.stderr).toContain('districtId: is required');
  });

  it('names --district when it is a network', async () => {
    const network = await t.factories.organization({ kind: 'network' });
    const run = await cli('backup', '--district', network.id, '--out', path.join(folder, 'network.json'));
    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toContain('--district: is a network');
  });
});
