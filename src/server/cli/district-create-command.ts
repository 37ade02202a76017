import { inTransaction } from '../db/transaction.js';
import { nameSchema } from '../http/common.schema.js';
import { cliActor } from '../platform/audit/actor.js';
import { createOrganization } from '../platform/organizations/create-organization.js';
import type { Command } from './command.js';
import { checkOptionValue, organizationIdSchema } from './check-option-value.js';

/** `district create`: a new district or network, its id alone on standard output. */
export const districtCreateCommand: Command = {
  words: ['district', 'create'],
  summary: 'Create a district or a network and print its id',
  description: [
    'Creates the organization, recorded in its audit history as done from the command line, and prints only its id, so that a script can keep it. Without --silent, npm prints its own lines before it.',
  ],
  examples: [
    'id=$(npm run cli --silent -- district create --name "Cedar Valley USD" --kind district)',
    'npm run cli -- district create --name "Pine Ridge SD" --kind district --network <networkId>',
  ],
  options: {
    name: { type: 'string', isRequired: true, description: 'The name people see, e.g. "Cedar Valley Unified School District"' },
    kind: { type: 'string', isRequired: true, choices: ['district', 'network'], description: 'A district writes plans; a network (a state agency, a consultancy) supports a cohort of districts' },
    network: { type: 'string', valueName: 'networkId', description: 'The id of the network the new district belongs to' },
  },
  optionsByErrorPath: { '/networkId': '--network', '/kind': '--kind', '/name': '--name' },
  async run(options, ctx) {
    const name = checkOptionValue(nameSchema, options.string('name'), '--name');
    const kind = options.string('kind') as 'district' | 'network';
    const network = options.optionalString('network');
    const networkId = network === undefined ? null : checkOptionValue(organizationIdSchema, network, '--network');
    const organization = await inTransaction(ctx.db, (trx) => createOrganization({ trx, actor: cliActor, name, kind, networkId }));
    ctx.print(organization.id);
  },
};
