import type { Role } from '../platform/tables.js';
import { emailSchema, nameSchema, roleSchema } from '../http/common.schema.js';
import { cliActor } from '../platform/audit/actor.js';
import { addPersonToOrganization } from '../platform/people/add-person-to-organization.js';
import type { Command } from './command.js';
import { checkOptionValue, organizationIdSchema } from './check-option-value.js';

/** `user create`: an account with a role in an organization, its id alone on standard output. */
export const userCreateCommand: Command = {
  words: ['user', 'create'],
  summary: 'Create an account (or use the existing one) with a role in an organization; prints the user id',
  description: [
    'Gives the person a role in the organization and prints their user id. When the email has no account yet, one is created with --name and --password. When it has one, that account is used as it is (its name and password do not change) and only the membership is added.',
    'District roles: administrator, planner, contributor, viewer, moderator. Network roles: network_admin, coach. Changing the role of someone who is already a member is refused: do it in the application.',
    'The password is visible in your shell history and to other users of this machine while the command runs; have the person change it after signing in.',
  ],
  examples: [
    'npm run cli -- user create --email ada@example.org --name "Ada Lovelace" --password "a long passphrase" --role administrator --district <districtId>',
  ],
  options: {
    email: { type: 'string', isRequired: true, description: 'Their email address; it is also how they sign in' },
    name: { type: 'string', description: 'Their full name; needed for a new account' },
    password: { type: 'string', description: 'At least 10 characters; needed for a new account' },
    role: { type: 'string', isRequired: true, choices: roleSchema.options, description: 'Their role in the organization' },
    district: { type: 'string', isRequired: true, valueName: 'organizationId', description: 'The id of the district (or network) they join' },
  },
  optionsByErrorPath: { '/organizationId': '--district', '/role': '--role', '/name': '--name', '/password': '--password', '/email': '--email' },
  async run(options, ctx) {
    const email = checkOptionValue(emailSchema, options.string('email'), '--email');
    const name = options.optionalString('name');
    const added = await addPersonToOrganization({
      db: ctx.db,
      actor: cliActor,
      organizationId: checkOptionValue(organizationIdSchema, options.string('district'), '--district'),
      email,
      role: options.string('role') as Role,
      name: name === undefined ? undefined : checkOptionValue(nameSchema, name, '--name'),
      password: options.optionalString('password'),
    });
    if (!added.isNewAccount) ctx.remark(`${email} already had an account; its name and password were left as they were.`);
    if (added.wasAlreadyMember) ctx.remark(`${email} already had this role; nothing changed.`);
    ctx.print(added.userId);
  },
};
