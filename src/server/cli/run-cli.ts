import { DataDirLockedError } from '../db/data-dir-lock.js';
import { AppError } from '../errors.js';
import type { Command } from './command.js';
import { renderCommandHelp, renderOverview } from './command-help.js';
import { commands as allCommands } from './commands.js';
import type { CliConnection } from './open-cli-database.js';
import { CliUsageError, listOf, parseCommandOptions } from './parse-command-options.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Opens the database; called only once the command line is known to be valid. */
  connect(): Promise<CliConnection>;
}

const MAX_DETAILS = 10;

/**
 * Runs one command line and returns its exit code: 0 on success, 1 on any error. Help and
 * argument errors never open the database, so they work while the server holds it.
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[] = allCommands): Promise<number> {
  const [first] = argv;
  if (first === undefined || ['--help', '-h', 'help'].includes(first)) {
    (first === undefined ? io.stderr : io.stdout)(renderOverview(commands));
    return first === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.words.every((word, i) => argv[i] === word));
  if (!command) {
    io.stderr(`Error: ${unknownCommand(argv, commands)}\nRun \`npm run cli -- --help\` to see the commands.`);
    return 1;
  }
  const helpHint = `Run \`npm run cli -- ${command.words.join(' ')} --help\` to see its options.`;
  let parsed;
  try {
    parsed = parseCommandOptions(argv.slice(command.words.length), command.options);
  } catch (error) {
    io.stderr(describeError(error, command, helpHint));
    return 1;
  }
  if (parsed.wantsHelp) {
    io.stdout(renderCommandHelp(command));
    return 0;
  }

  let connection: CliConnection;
  try {
    connection = await io.connect();
  } catch (error) {
    io.stderr(describeError(error, command, helpHint));
    return 1;
  }
  try {
    await command.run(parsed.options, { db: connection.db, config: connection.config, print: io.stdout, remark: io.stderr });
    return 0;
  } catch (error) {
    io.stderr(describeError(error, command, helpHint));
    return 1;
  } finally {
    await connection.close();
  }
}

function unknownCommand(argv: readonly string[], commands: readonly Command[]): string {
  const words = argv.filter((arg) => !arg.startsWith('-')).slice(0, 2).join(' ');
  const near = commands.filter((c) => c.words[0] === argv[0]).map((c) => c.words.join(' '));
  return near.length > 0 ? `Unknown command "${words}"; did you mean ${listOf(near, 'or')}?` : `Unknown command "${words}"`;
}

/** One way to show every failure: the message, then each detail under the option it concerns. */
function describeError(error: unknown, command: Command, helpHint: string): string {
  if (error instanceof CliUsageError) return `Error: ${error.message}\n${helpHint}`;
  if (error instanceof DataDirLockedError) return `Error: ${error.message}`;
  if (error instanceof AppError) {
    const lines = [`Error: ${error.message}`];
    for (const detail of error.details.slice(0, MAX_DETAILS)) {
      lines.push(`  ${command.optionsByErrorPath?.[detail.path] ?? detail.path}: ${detail.message}`);
    }
    if (error.details.length > MAX_DETAILS) lines.push(`  ... and ${error.details.length - MAX_DETAILS} more`);
    return lines.join('\n');
  }
  const message = error instanceof Error ? error.message : String(error);
  // The stack is for whoever debugs Waymark itself, not for the operator.
  const stack = process.env.LOG_LEVEL === 'debug' && error instanceof Error ? `\n${error.stack}` : '';
  return `Error: ${message}${stack}`;
}
