import type { CycleDetail } from '../../process/api-types';
import type { RetreatBoard } from './retreat-types';

/** What every section of the board works with: the board as last read, how to read it again, and who may change it. */
export interface BoardWorkspace {
  organizationId: string;
  board: RetreatBoard;
  reload: () => Promise<void>;
  /** evidence.edit: the facilitator's controls (charts, rewording, carrying forward, the gap analysis). */
  canEdit: boolean;
  /** The retreat's cycle, for its sessions and the plan it produces; null until read. */
  cycle: CycleDetail | null;
}

export const boardSections = ['room', 'data', 'swot', 'priorities', 'documents'] as const;
export type BoardSection = (typeof boardSections)[number];
