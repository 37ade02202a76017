import { authRepo } from '../auth/auth.repo.js';
import { AppError } from '../errors.js';
import { emailSchema, nameSchema } from '../http/common.schema.js';
import { createApiToken } from '../platform/account/manage-api-tokens.js';
import { cliActor } from '../platform/audit/actor.js';
import type { Command } from './command.js';
import { checkOptionValue } from './check-option-value.js';

/** `token create`: an API token for a person, printed once. */
export const tokenCreateCommand: Command = {
  words: ['token', 'create'],
  summary: "Create an API token for a person and print it (shown once)",
  description: [
    'Creates an API token that acts as the person, with their roles, and prints it. It is shown this once: Waymark keeps only a hash. Send it as the header "Authorization: Bearer <token>".',
    'The hash is keyed by SESSION_SECRET (kept in DATA_DIR when not set), so the server must run with the same SESSION_SECRET or DATA_DIR as this command for the token to work.',
  ],
  examples: ['token=$(npm run cli --silent -- token create --email ada@example.org --name "nightly export")'],
  options: {
    email: { type: 'string', isRequired: true, description: 'The email of the account the token acts for' },
    name: { type: 'string', isRequired: true, valueName: 'tokenName', description: 'A label to recognise the token by, e.g. "nightly export"' },
  },
  async run(options, ctx) {
    const email = checkOptionValue(emailSchema, options.string('email'), '--email');
    const name = checkOptionValue(nameSchema, options.string('name'), '--name');
    const user = await authRepo.findUserByEmail(ctx.db, email);
    if (!user) throw new AppError('not_found', `No account has the email ${email}`, [{ path: '--email', message: 'create the person first with `user create`' }]);
    const created = await createApiToken({ db: ctx.db, secret: ctx.config.sessionSecret, actor: cliActor, userId: user.id, name });
    ctx.print(created.token);
  },
};
