import { pagesDone } from '../../../core/evidence/instructional-focus/focus-content.js';
import { focusPages } from '../../../core/evidence/instructional-focus/focus-limits.js';
import type { WorkArea } from '../../work-area.js';
import { readInstructionalFocus } from '../instructional-focus/read-instructional-focus.js';
import { evidenceWorkRepo } from './evidence-work.repo.js';

/**
 * Where the frameworks' "where are we now?" deliverables are produced in Waymark, for the cycle's
 * checklist and its rule that such a deliverable is not complete while its area is empty:
 * Louisiana's diagnostic data collection (D) is the datasets loaded; CEC's data picture is the
 * retreat's charts, its SWOT analysis the board; Koru's and Performance Fact's current-state
 * analyses are the priorities' gap analyses; Louisiana's organizational diagnostic (F) needs their
 * root causes too. Performance Fact's Instructional Focus is written when all four of its pages are.
 */
export const evidenceWorkAreas: readonly WorkArea[] = [
  { key: 'evidence.datasets', readWork: async (db, scope) => ({ count: await evidenceWorkRepo.readyDatasets(db, scope), unit: 'datasets' }) },
  { key: 'evidence.data_picture', readWork: async (db, scope) => ({ count: await evidenceWorkRepo.retreatCharts(db, scope), unit: 'charts' }) },
  { key: 'evidence.swot', readWork: async (db, scope) => ({ count: await evidenceWorkRepo.swotItems(db, scope), unit: 'items' }) },
  { key: 'evidence.gap_analysis', readWork: async (db, scope) => ({ count: await evidenceWorkRepo.analysedPriorities(db, scope, false), unit: 'priorities' }) },
  { key: 'evidence.diagnostic', readWork: async (db, scope) => ({ count: await evidenceWorkRepo.analysedPriorities(db, scope, true), unit: 'priorities' }) },
  {
    key: 'evidence.instructional_focus',
    readWork: async (db, scope) => ({ count: pagesDone((await readInstructionalFocus({ db, ...scope })).focus).length, of: focusPages.length, unit: 'pages' }),
  },
];
