import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { openDatabase } from './database.js';

describe('the data folder lock', () => {
  it('stops a second opener with a clear message, and frees the folder on release', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'waymark-lock-'));
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another Waymark process/);
    release();
    expect(existsSync(path.join(dir, 'waymark.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'waymark-lock-'));
    writeFileSync(path.join(dir, 'waymark.lock'), `999999999@${hostname()}`);
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'waymark.lock'), 'utf8')).toBe(`${process.pid}@${hostname()}`);
    release();
  });

  it('guards a PGlite database on disk until it is closed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'waymark-db-'));
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
    await first.db.insertInto('organizations').values({ name: 'Kept', kind: 'district', slug: 'kept' }).execute();
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    const rows = await second.db.selectFrom('organizations').select('name').execute();
    expect(rows).toEqual([{ name: 'Kept' }]);
    await second.close();
  });
});
