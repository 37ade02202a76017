import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * The plan's tables: plans (the strategic-plan/v1 header), their elements, frozen versions and comments.
 * The declaration at the end adds them to the one `DB` type (db/schema.ts); keep in step with db/migrations.
 */

export type PlanLifecycle = 'draft' | 'public_comment' | 'adopted' | 'amending' | 'archived';

export interface PlansTable {
  id: Generated<string>;
  organization_id: string;
  title: string;
  lifecycle: Generated<PlanLifecycle>;
  header: Json;
  adopted_version: number | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanElementsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  parent_id: string | null;
  kind: 'goal' | 'measure' | 'strategy' | 'action';
  key: string;
  position: number;
  fields: Json;
  child_lists: Json;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_batch: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanVersionsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  number: number;
  lifecycle: PlanLifecycle;
  label: string;
  document: Json;
  adoption: Json;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PlanCommentsTable {
  id: Generated<string>;
  plan_id: string;
  organization_id: string;
  element_id: string | null;
  author_id: string | null;
  body: string;
  mentions: Json;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
}

/** The person of the district who owns a goal's measure, a strategy or an action, by element key (so it survives a re-import). */
export interface ElementOwnersTable {
  plan_id: string;
  organization_id: string;
  element_key: string;
  user_id: string;
  created_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    plans: PlansTable;
    plan_elements: PlanElementsTable;
    plan_versions: PlanVersionsTable;
    plan_comments: PlanCommentsTable;
    element_owners: ElementOwnersTable;
  }
}
