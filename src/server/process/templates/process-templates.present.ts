import { phaseLengthDays, type ProcessTemplate } from '../../../core/process/process-template.schema.js';

/** What leaves the server for a template: all of it (it is product data, the same for everyone) and its length. */
export function presentProcessTemplate(template: ProcessTemplate) {
  return { ...template, totalDays: template.phases.reduce((days, phase) => days + phaseLengthDays(phase), 0) };
}
