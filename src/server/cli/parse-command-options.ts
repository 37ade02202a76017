import { parseArgs } from 'node:util';
import type { OptionSpec, OptionValues } from './command.js';

/** A mistake in the command line itself; the message names the option. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export type ParsedCommandLine = { wantsHelp: true } | { wantsHelp: false; options: OptionValues };

/**
 * Reads a command's options with node's parseArgs. Its strict mode stops at the first problem
 * with a message about positional arguments, so the tokens are checked here instead, to name the
 * option and say what to type.
 */
export function parseCommandOptions(args: readonly string[], specs: Readonly<Record<string, OptionSpec>>): ParsedCommandLine {
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }])), help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { wantsHelp: true };

  const values = new Map<string, string | true>();
  let previous: { name: string; value: string } | undefined;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') throw new CliUsageError(unexpectedArgument(token.value, previous));
    previous = undefined;
    const spec = specs[token.name];
    if (!spec) throw new CliUsageError(`Unknown option ${token.rawName}. The options are ${listOf(Object.keys(specs).map((n) => `--${n}`), 'and')}.`);
    const option = `--${token.name}`;
    if (values.has(token.name)) throw new CliUsageError(`${option} is given twice`);
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw new CliUsageError(`${option} takes no value`);
      values.set(token.name, true);
      continue;
    }
    const value = token.value;
    if (value === undefined || value.trim() === '') throw new CliUsageError(`${option} needs a value`);
    if (!token.inlineValue && value.startsWith('-')) {
      // parseArgs took the next option as the value: most likely the value was forgotten.
      const nextName = value.replace(/^-+/, '').split('=')[0] ?? '';
      const isOption = Object.hasOwn(specs, nextName) || nextName === 'help' || nextName === 'h';
      throw new CliUsageError(
        isOption ? `${option} needs a value before ${value}` : `${option} needs a value; write one that starts with "-" as ${option}=${value}`,
      );
    }
    if (spec.choices && !spec.choices.includes(value)) throw new CliUsageError(`${option} must be ${listOf(spec.choices, 'or')}, not "${value}"`);
    values.set(token.name, value);
    if (!token.inlineValue) previous = { name: token.name, value };
  }

  const missing = Object.entries(specs)
    .filter(([name, spec]) => spec.isRequired && !values.has(name))
    .map(([name, spec]) => `--${name}${spec.valueName ? ` <${spec.valueName}>` : ''}`);
  if (missing.length > 0) throw new CliUsageError(`Missing ${listOf(missing, 'and')}`);
  return { wantsHelp: false, options: optionValues(values) };
}

function unexpectedArgument(value: string, previous: { name: string; value: string } | undefined): string {
  // The usual cause: a value with spaces that was not quoted, e.g. --name Cedar Valley.
  const hint = previous ? `; a value with spaces needs quotes: --${previous.name} "${previous.value} ${value}"` : '';
  return `Unexpected argument "${value}"${hint}`;
}

function optionValues(values: ReadonlyMap<string, string | true>): OptionValues {
  return {
    string(name) {
      const value = values.get(name);
      if (typeof value !== 'string') throw new Error(`--${name} was declared required but is missing`);
      return value;
    },
    optionalString(name) {
      const value = values.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    flag(name) {
      return values.get(name) === true;
    },
  };
}

export function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
