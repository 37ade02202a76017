import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { locateSheetProblems } from '../../../core/plan/documents/locate-sheet-problems.js';
import { sheetsToPlan } from '../../../core/plan/documents/sheets-to-plan.js';
import { MAX_PLAN_DOCUMENT_BYTES, validatePlanDocument } from '../../../core/plan/format/validate-plan-document.js';
import type { Actor } from '../../platform/audit/actor.js';
import { importPlan } from '../plans/import-plan.js';
import { readPlanWorkbook } from './read-plan-workbook.js';

/**
 * Creates a plan from a workbook in the layout export.xlsx writes. The workbook is checked
 * whole first: every problem names its cell ("Measures!E7") and nothing is stored unless
 * there are none. Storing is importPlan's, so a workbook and a JSON document land alike.
 */
export async function importPlanXlsx(options: { db: Kysely<DB>; actor: Actor; organizationId: string; bytes: Buffer }) {
  const reading = sheetsToPlan(await readPlanWorkbook(options.bytes));
  const validation = validatePlanDocument(reading.document);
  const problems = locateSheetProblems(reading.problems, validation.ok ? [] : validation.problems, reading.sources);
  if (problems.length > 0 || !validation.ok) {
    const count = problems.length;
    const first = problems[0] ? ` First: ${problems[0].path}: ${problems[0].message}` : '';
    throw new AppError('invalid_plan', `The workbook has ${count} problem${count === 1 ? '' : 's'}; nothing was stored.${first}`, problems);
  }
  // The same ceiling as a JSON import, so a plan that imports one way imports the other.
  if (Buffer.byteLength(JSON.stringify(validation.document)) > MAX_PLAN_DOCUMENT_BYTES) {
    throw new AppError('invalid_plan', 'The plan in the workbook is over 5 MB as a document; nothing was stored', [{ path: '', message: 'the plan is larger than 5 MB', code: 'file_too_large', params: { megabytes: 5 } }]);
  }
  return importPlan({ db: options.db, actor: options.actor, organizationId: options.organizationId, input: validation.document });
}
