import type { z } from 'zod';
import { toPointer } from '../plan/format/validate-plan-document.js';
import { processTemplateSchema, type ProcessTemplate } from './process-template.schema.js';
import { checkTemplate } from './template-checks.js';

export interface TemplateFileProblem {
  /** The file as the person who must fix it knows it, e.g. "templates/cec-strategic-planning.json". */
  file: string;
  /** JSON pointer into the file; empty for the file as a whole. */
  path: string;
  message: string;
}

/** A template file that must not be used; the message names the file, the path and the reason of each problem. */
export class TemplateError extends Error {
  constructor(readonly problems: TemplateFileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'TemplateError';
  }
}

export function formatProblem(problem: TemplateFileProblem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/**
 * Reads one template file's text and checks it whole: JSON syntax, the strict schema, then the
 * cross-references. Throws a TemplateError listing every problem; returns the template when sound.
 */
export function parseTemplate(json: string, fileName: string): ProcessTemplate {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new TemplateError([{ file: fileName, path: '', message: `is not valid JSON (${(error as Error).message})` }]);
  }
  // reportInput lets a field that is missing be told apart from one of the wrong type.
  const parsed = processTemplateSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw new TemplateError(schemaProblems(parsed.error).map((p) => ({ file: fileName, ...p })));
  const problems = checkTemplate(parsed.data);
  const expectedId = fileName.split(/[\\/]/).pop()!.replace(/\.json$/, '');
  // The id is the file name so a reader who sees an id in a URL can find its file.
  if (fileName.endsWith('.json') && parsed.data.id !== expectedId) problems.unshift({ path: '/id', message: `must match the file name ('${expectedId}')` });
  if (problems.length) throw new TemplateError(problems.map((p) => ({ file: fileName, ...p })));
  return parsed.data;
}

/**
 * Checks a set of template files together: each one as parseTemplate does, and no id twice.
 * Reports the problems of every file at once, so one run shows all that needs fixing.
 */
export function parseTemplates(files: ReadonlyArray<{ fileName: string; json: string }>): ProcessTemplate[] {
  const problems: TemplateFileProblem[] = [];
  const templates: ProcessTemplate[] = [];
  const fileOfId = new Map<string, string>();
  for (const { fileName, json } of files) {
    try {
      const template = parseTemplate(json, fileName);
      const earlier = fileOfId.get(template.id);
      if (earlier) problems.push({ file: fileName, path: '/id', message: `duplicate template id '${template.id}' (also in ${earlier})` });
      fileOfId.set(template.id, fileName);
      templates.push(template);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new TemplateError(problems);
  return templates;
}

function schemaProblems(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: toPointer([...issue.path, key]), message: 'is not a field of a process template' }));
    }
    return [{ path: toPointer(issue.path), message: messageOf(issue) }];
  });
}

// Plain words for the zod issues a template author meets most; our own messages pass through.
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    return issue.expected === 'int' ? issue.message : `must be ${article(issue.expected)}`;
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v));
    return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
  }
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
