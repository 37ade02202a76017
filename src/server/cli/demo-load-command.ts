import { inTransaction } from '../db/transaction.js';
import { cliActor } from '../platform/audit/actor.js';
import { loadDemoDistrict } from '../platform/demo/load-demo-district.js';
import type { Command } from './command.js';

/** `demo load`: the fictional demo district, its id alone on standard output. */
export const demoLoadCommand: Command = {
  words: ['demo', 'load'],
  summary: 'Load the fictional demo district and print its id',
  description: [
    'Creates the demo district (invented schools and a steering committee in each role) and prints its id. The demo people have no password, so nobody can sign in as them until an administrator invites them or resets their password. Running it again creates another copy.',
  ],
  options: {},
  async run(_options, ctx) {
    const district = await inTransaction(ctx.db, (trx) => loadDemoDistrict({ trx, actor: cliActor }));
    ctx.print(district.id);
  },
};
