import type { Command, OptionSpec } from './command.js';

const WIDTH = 100;

const databaseNote =
  'Every command opens the database itself: PostgreSQL when DATABASE_URL is set, otherwise the embedded ' +
  'database in DATA_DIR (./data by default). The embedded database can be open in one process at a time: while ' +
  'the server runs on the same DATA_DIR, the command stops with a message that the folder is in use. Stop the ' +
  'server first, or use PostgreSQL.';

/** `npm run cli -- <command> --help`, built from the command's option specs so it cannot drift. */
export function renderCommandHelp(command: Command): string {
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]) => [
    optionLabel(name, spec),
    spec.isRequired ? spec.description : `${spec.description} (optional)`,
  ]);
  rows.push(['--help', 'Show this help']);
  return [
    `Usage: npm run cli -- ${command.words.join(' ')} ${usageOf(command.options)}`,
    '',
    ...command.description.flatMap((paragraph) => [wrap(paragraph, 0), '']),
    'Options:',
    ...table(rows),
    '',
    ...(command.examples?.length ? ['Examples:', ...command.examples.map((example) => `  ${example}`), ''] : []),
    wrap(databaseNote, 0),
  ].join('\n');
}

/** `npm run cli -- --help`: the list of commands. */
export function renderOverview(commands: readonly Command[]): string {
  return [
    'Waymark command line: operator tasks on this instance\'s database.',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...table(commands.map((command) => [command.words.join(' '), command.summary])),
    '',
    'Run `npm run cli -- <command> --help` for the options of a command.',
    '',
    wrap(databaseNote, 0),
  ].join('\n');
}

function usageOf(options: Readonly<Record<string, OptionSpec>>): string {
  return Object.entries(options)
    .map(([name, spec]) => (spec.isRequired ? optionLabel(name, spec) : `[${optionLabel(name, spec)}]`))
    .join(' ');
}

function optionLabel(name: string, spec: OptionSpec): string {
  if (spec.type === 'boolean') return `--${name}`;
  return `--${name} ${spec.choices ? spec.choices.join('|') : `<${spec.valueName ?? name}>`}`;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, text]) => `  ${label.padEnd(labelWidth)}${wrap(text, labelWidth + 2).trimStart()}`);
}

/** Wraps at word boundaries; continuation lines start at `indent`. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  for (const word of text.split(' ')) {
    if (line.trim() && line.length + word.length + 1 > WIDTH) {
      lines.push(line.trimEnd());
      line = ' '.repeat(indent);
    }
    line += line.trim() ? ` ${word}` : word;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}
