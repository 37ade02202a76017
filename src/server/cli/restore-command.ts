import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import { cliActor } from '../platform/audit/actor.js';
import { restoreDistrict } from '../platform/backup/restore-district.js';
import type { Command } from './command.js';
import { describeCounts } from './describe-counts.js';

/** `restore`: one district from a JSON backup file, all or nothing. */
export const restoreCommand: Command = {
  words: ['restore'],
  summary: 'Restore one district from a JSON backup file, all or nothing',
  description: [
    'Restores the district in one transaction: all of it or nothing. The file is checked first; if any part of it is wrong, nothing is written and the error names the part.',
    "If the district's id is already in this database the restore is refused. With --replace, the district's current rows are deleted first, in the same transaction, and the backup takes their place.",
    'People are matched by email: an existing account is kept exactly as it is, and the restored memberships point to it; a missing one is created from the backup with its password hash. Operator status is never restored. Mail that was waiting to be sent is restored as held, so it is not sent a second time. A link to a network that is not in this database is dropped, with its coach assignments; the summary says so.',
  ],
  examples: ['npm run cli -- restore --in cedar-valley-2026-11-22.json', 'npm run cli -- restore --in cedar-valley-2026-11-22.json --replace'],
  options: {
    in: { type: 'string', isRequired: true, valueName: 'file.json', description: 'The backup file, as written by `backup`' },
    replace: { type: 'boolean', description: "Delete the district's current rows and put the backup in their place" },
  },
  optionsByErrorPath: { '/replace': '--replace' },
  async run(options, ctx) {
    const file = path.resolve(options.string('in'));
    const summary = await restoreDistrict({ db: ctx.db, actor: cliActor, document: await readJsonFile(file), replace: options.flag('replace') });
    const how = summary.wasReplaced ? ', in place of the district that was here' : '';
    ctx.print(`Restored ${summary.districtName} (${summary.districtId}) from the backup of ${summary.backupCreatedAt}${how}`);
    const { created, matched } = summary.users;
    ctx.print(describeCounts([...Object.entries(summary.restored), ['users', `${created} created, ${matched} already here (matched by email)`]]));
    for (const note of summary.notes) ctx.print(`Note: ${note}`);
  },
};

async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('invalid_input', `Could not read ${file}, so nothing was restored`, [{ path: '--in', message: (error as Error).message }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `${file} is not JSON, so nothing was restored`, [{ path: '--in', message: (error as Error).message }]);
  }
}
