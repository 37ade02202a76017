import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** These runs must fail (or show help) before the database is needed, so none is given. */
async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let isConnected = false;
  const code = await runCli(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    connect: async () => {
      isConnected = true;
      throw new Error('this test should not need the database');
    },
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), isConnected };
}

const districtId = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';

describe('argument errors name the option and stop before the database', () => {
  const cases: [string[], string][] = [
    [['district', 'create', '--kind', 'district'], 'Missing --name'],
    [['user', 'create', '--email', 'a@example.org'], 'Missing --role and --district <organizationId>'],
    [['district', 'create', '--name', 'X', '--kind', 'distric'], '--kind must be district or network, not "distric"'],
    [['district', 'create', '--nmae', 'X', '--kind', 'district'], 'Unknown option --nmae. The options are --name, --kind and --network.'],
    [['district', 'create', '--name', '--kind', 'district'], '--name needs a value before --kind'],
    [['district', 'create', '--name', 'Cedar', 'Valley', '--kind', 'district'], 'Unexpected argument "Valley"; a value with spaces needs quotes: --name "Cedar Valley"'],
    [['district', 'create', '--name', 'X', '--name', 'Y', '--kind', 'district'], '--name is given twice'],
    [['district', 'create', '--name', '', '--kind', 'district'], '--name needs a value'],
    [['restore', '--in', 'a.json', '--replace=yes'], '--replace takes no value'],
    [['user', 'create', '--email', 'a@example.org', '--role', 'owner', '--district', districtId], '--role must be administrator, planner'],
    [['district', 'delete'], 'Unknown command "district delete"; did you mean district create?'],
    [['launch'], 'Unknown command "launch"'],
  ];

  for (const [argv, message] of cases) {
    it(`npm run cli -- ${argv.join(' ')}`, async () => {
      const run = await cli(...argv);
      expect(run).toMatchObject({ code: 1, stdout: '', isConnected: false });
      expect(run.stderr).toContain(`Error: ${message}`);
    });
  }

  it('points to the help of the command', async () => {
    expect((await cli('backup', '--out', 'x.json')).stderr).toContain('Run `npm run cli -- backup --help` to see its options.');
  });
});

describe('help', () => {
  it('lists every command', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    for (const command of ['district create', 'user create', 'token create', 'demo load', 'backup', 'restore']) expect(run.stdout).toContain(`  ${command} `);
  });

  it('shows the list on standard error and fails when no command is given', async () => {
    const run = await cli();
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('Usage: npm run cli -- <command> [options]');
  });

  it("shows a command's options, even next to a mistake, without opening the database", async () => {
    const run = await cli('district', 'create', '--nmae', 'X', '--help');
    expect(run).toMatchObject({ code: 0, isConnected: false });
    expect(run.stdout).toContain('Usage: npm run cli -- district create --name <name> --kind district|network [--network <networkId>]');
  });

  it('says that backups hold password hashes and that a running server holds the embedded database', async () => {
    const run = await cli('backup', '--help');
    expect(run.stdout).toMatch(/password\s+hashes/);
    expect(run.stdout).toMatch(/the command stops with a message that the folder\s+is in use/);
  });
});
