import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../db/data-dir-lock.js';
import { connectFromEnvironment } from './open-cli-database.js';
import { runCli } from './run-cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The command line as `npm run cli` runs it, on an embedded database in its own folder. */
async function cliOn(dataDir: string, ...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    connect: () => connectFromEnvironment({ DATA_DIR: dataDir }),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

function newDataDir() {
  const folder = mkdtempSync(path.join(tmpdir(), 'waymark-cli-data-'));
  folders.push(folder);
  return folder;
}

describe('the database of the command line', () => {
  it('stops with the lock message while another process holds the data folder', async () => {
    const dataDir = newDataDir();
    const release = lockDataDir(dataDir);
    try {
      const run = await cliOn(dataDir, 'district', 'create', '--name', 'X', '--kind', 'district');
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toContain(`The data folder ${dataDir} is in use by another Waymark process`);
    } finally {
      release();
    }
  });

  it('keeps what one command wrote for the next, and releases the folder in between', async () => {
    const dataDir = newDataDir();
    const created = await cliOn(dataDir, 'district', 'create', '--name', 'Kept', '--kind', 'district');
    expect(created.code).toBe(0);
    const joined = await cliOn(dataDir, 'user', 'create', '--email', 'kept@example.org', '--name', 'Kept', '--password', 'long enough here', '--role', 'viewer', '--district', created.stdout);
    expect(joined).toMatchObject({ code: 0, stderr: '' });
  });
});
