import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/schema.js';

/** What a command is given: an open database, and where its output goes. */
export interface CliContext {
  db: Kysely<DB>;
  config: Config;
  /** Standard output: the result alone (an id, a token), so that scripts can capture it. */
  print(line: string): void;
  /** Standard error: remarks for the person at the terminal, kept out of captured output. */
  remark(line: string): void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  isRequired?: boolean;
  /** How the value is shown in the usage line: --name <name>. */
  valueName?: string;
  choices?: readonly string[];
}

/** The options of one run, already checked against the command's specs. */
export interface OptionValues {
  /** A required string option (the parser has made sure it is there). */
  string(name: string): string;
  optionalString(name: string): string | undefined;
  flag(name: string): boolean;
}

export interface Command {
  /** The words that select it: ['district', 'create']. */
  words: readonly string[];
  summary: string;
  /** Paragraphs of --help after the usage line. */
  description: readonly string[];
  /** Command lines shown as they are (never wrapped), so they can be copied. */
  examples?: readonly string[];
  options: Record<string, OptionSpec>;
  /** Turns the paths of a use-case's error details ('/networkId') into this command's options. */
  optionsByErrorPath?: Record<string, string>;
  run(options: OptionValues, ctx: CliContext): Promise<void>;
}
