import { inTransaction } from '../db/transaction.js';
import { cliActor } from '../platform/audit/actor.js';
import { loadDemoDistrict } from '../platform/demo/load-demo-district.js';
import type { Command } from './command.js';

/** `demo load`: the fictional demo district, its id alone on standard output. */
export const demoLoadCommand: Command = {
  words: ['demo', 'load'],
  summary: 'Load the fictional demo district and print its id',
  description: [
    'Creates the demo district (invented schools, people in each role, a plan being written and an adopted plan being lived) and prints its id. The demo people it creates have the demo password, shown to the district\'s administrators on its overview; people who already had an account keep theirs. Running it again creates another copy.',
  ],
  options: {},
  async run(_options, ctx) {
    const district = await inTransaction(ctx.db, (trx) => loadDemoDistrict({ trx, actor: cliActor }));
    ctx.print(district.id);
  },
};
