import type { Command } from './command.js';
import { backupCommand } from './backup-command.js';
import { demoLoadCommand } from './demo-load-command.js';
import { districtCreateCommand } from './district-create-command.js';
import { restoreCommand } from './restore-command.js';
import { tokenCreateCommand } from './token-create-command.js';
import { userCreateCommand } from './user-create-command.js';

/** Every command of `npm run cli`, in the order --help lists them. */
export const commands: readonly Command[] = [
  districtCreateCommand,
  userCreateCommand,
  tokenCreateCommand,
  demoLoadCommand,
  backupCommand,
  restoreCommand,
];
