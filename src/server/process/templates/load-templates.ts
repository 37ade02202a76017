import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTemplates } from '../../../core/process/parse-template.js';
import type { ProcessTemplate } from '../../../core/process/process-template.schema.js';

/**
 * Reads and checks every *.json template in a directory, in the order a district should see
 * them: the frameworks by publisher, then the blank one. Throws a TemplateError naming each bad file,
 * JSON path and reason. The reading lives here rather than in core because core is shared with
 * the browser, which has no file system.
 */
export function loadTemplates(directory: string): ProcessTemplate[] {
  // The template, cycle and committee routes all ask at start-up; the files are read once.
  let templates = loaded.get(directory);
  if (!templates) {
    templates = readTemplates(directory);
    loaded.set(directory, templates);
  }
  return templates;
}

const loaded = new Map<string, ProcessTemplate[]>();

function readTemplates(directory: string): ProcessTemplate[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    // Named as "templates/x.json" so the message points at the file from the repository root.
    .map((name) => ({ fileName: path.join(path.basename(directory), name), json: readFileSync(path.join(directory, name), 'utf8') }));
  return parseTemplates(files).sort((a, b) => Number(a.kind === 'blank') - Number(b.kind === 'blank') || a.publisher.localeCompare(b.publisher));
}
