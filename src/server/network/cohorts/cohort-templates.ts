import path from 'node:path';
import type { ProcessTemplate } from '../../../core/process/process-template.schema.js';
import { projectRoot } from '../../config.js';
import { loadTemplates } from '../../process/templates/load-templates.js';

/** The process templates a cohort may run: the ones the product ships (read once). */
export function cohortTemplate(templateId: string): ProcessTemplate | undefined {
  return loadTemplates(path.join(projectRoot, 'templates')).find((template) => template.id === templateId);
}
