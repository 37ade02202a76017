import type { EntityStatus, FileEntity } from '../api-types';

/*
 * One select per school of the files says what it is: one of the district's schools, the district
 * itself, ignored, a new school to add, or not matched yet. Its value is one string; these turn it
 * into what PUT /evidence/entities takes and back.
 */

export type EntityChoice = 'unmatched' | 'district' | 'ignored' | 'add' | `school:${string}`;

export interface EntityDecision {
  key: string;
  status: EntityStatus;
  school_id?: string;
  add_school?: boolean;
}

/** What the select shows for an entity as the server has it now. */
export function choiceOf(entity: Pick<FileEntity, 'status' | 'school_id'>): EntityChoice {
  if (entity.status === 'school' && entity.school_id) return `school:${entity.school_id}`;
  if (entity.status === 'school') return 'unmatched';
  return entity.status;
}

/** The decision a choice sends for one entity. */
export function decisionOf(key: string, choice: EntityChoice): EntityDecision {
  if (choice.startsWith('school:')) return { key, status: 'school', school_id: choice.slice('school:'.length) };
  if (choice === 'add') return { key, status: 'school', add_school: true };
  return { key, status: choice as Exclude<EntityStatus, 'school'> };
}

/** Only what changed is sent, so a colleague's decisions on other schools are not overwritten. */
export function changedDecisions(entities: readonly FileEntity[], choices: Readonly<Record<string, EntityChoice>>): EntityDecision[] {
  return entities.filter((entity) => choices[entity.key] !== undefined && choices[entity.key] !== choiceOf(entity)).map((entity) => decisionOf(entity.key, choices[entity.key]!));
}
