import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import { backupDistrict } from '../platform/backup/backup-district.js';
import type { Command } from './command.js';
import { checkOptionValue, organizationIdSchema } from './check-option-value.js';
import { describeCounts } from './describe-counts.js';

/** `backup`: one district to a JSON file. */
export const backupCommand: Command = {
  words: ['backup'],
  summary: 'Write one district to a JSON backup file',
  description: [
    "Writes one district to a JSON file: the organization, its schools, memberships, coach assignments, invitations, audit history and outgoing mail, and the accounts of the people these rows name. The accounts include their password hashes, so that after a restore people sign in with their passwords: keep the file private. It is created readable by its owner only.",
    'All rows are read from one snapshot, so with PostgreSQL a backup can run while the server runs. Restore it with `npm run cli -- restore --in <file.json>`.',
  ],
  examples: ['npm run cli -- backup --district <districtId> --out cedar-valley-2026-11-22.json'],
  options: {
    district: { type: 'string', isRequired: true, valueName: 'organizationId', description: 'The id of the district to back up' },
    out: { type: 'string', isRequired: true, valueName: 'file.json', description: 'The file to write; an existing file is replaced' },
  },
  optionsByErrorPath: { '/districtId': '--district' },
  async run(options, ctx) {
    const districtId = checkOptionValue(organizationIdSchema, options.string('district'), '--district');
    const file = path.resolve(options.string('out'));
    const backup = await backupDistrict({ db: ctx.db, districtId });
    await writePrivateFile(file, JSON.stringify(backup, null, 2) + '\n');
    const counts = Object.entries(backup.tables).map(([table, rows]) => [table, rows.length] as const);
    ctx.print(`Wrote the backup of ${String(backup.tables.organizations?.[0]?.name)} to ${file}`);
    ctx.print(describeCounts([...counts, ['users', backup.users.length]]));
  },
};

/** Written beside the target and renamed, so an interrupted backup never leaves half a file under its name. */
async function writePrivateFile(file: string, text: string) {
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(partial, text, { mode: 0o600, flag: 'wx' });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `the folder ${path.dirname(file)} does not exist` : (error as Error).message;
    throw new AppError('invalid_input', `Could not write ${file}`, [{ path: '--out', message: reason }]);
  }
}
