import { AppError, type ErrorDetail } from '../../errors.js';
import { cohortTemplate } from '../cohorts/cohort-templates.js';
import type { StoredCriterion } from './rubrics.repo.js';

/**
 * Labels a reviewer picks by must be told apart: two criteria (or two levels of one criterion)
 * with the same label would make the scores on a sign-off ambiguous. 400 naming each repeat.
 */
export function checkCriteria(criteria: readonly StoredCriterion[]) {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  criteria.forEach((criterion, i) => {
    const key = criterion.label.toLowerCase();
    if (seen.has(key)) details.push({ path: `/criteria/${i}/label`, message: 'is the label of another criterion', code: 'duplicate' });
    seen.add(key);
    const levels = new Set<string>();
    criterion.levels.forEach((level, j) => {
      const levelKey = level.label.toLowerCase();
      if (levels.has(levelKey)) details.push({ path: `/criteria/${i}/levels/${j}/label`, message: 'is the label of another level', code: 'duplicate' });
      levels.add(levelKey);
    });
  });
  if (details.length) throw new AppError('invalid_input', 'Criteria and levels need labels of their own', details);
}

/** The rubric reviews a deliverable of a template Waymark offers: 400 naming /templateId or /deliverableKey otherwise. */
export function checkDeliverableType(templateId: string, deliverableKey: string) {
  const template = cohortTemplate(templateId);
  if (!template) throw new AppError('invalid_input', 'No such process template', [{ path: '/templateId', message: 'is not a process template', code: 'does_not_exist' }]);
  if (!template.deliverables.some((deliverable) => deliverable.id === deliverableKey)) {
    throw new AppError('invalid_input', 'The template has no such deliverable', [{ path: '/deliverableKey', message: 'is not a deliverable of the template', code: 'not_in_template' }]);
  }
}
