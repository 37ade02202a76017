import { connectFromEnvironment } from './open-cli-database.js';
import { runCli } from './run-cli.js';

/** `npm run cli -- <command>`: operator tasks on the database named by the environment. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  connect: () => connectFromEnvironment(),
});
