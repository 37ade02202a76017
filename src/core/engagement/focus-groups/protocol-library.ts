import { communityVisionProtocol } from './library/community-vision.js';
import { draftPlanProtocol } from './library/draft-plan.js';
import { familyProtocol } from './library/family.js';
import { staffProtocol } from './library/staff.js';
import { studentProtocol } from './library/students.js';
import type { LibraryProtocol } from './protocol-format.js';

/**
 * The protocols Waymark ships, grounded in the planning frameworks of ../shared/seeds. They are
 * never edited in place: a district runs one as it is or copies it into its own protocols first.
 */
export const protocolLibrary: readonly LibraryProtocol[] = [communityVisionProtocol, familyProtocol, studentProtocol, staffProtocol, draftPlanProtocol];

export function libraryProtocol(key: string): LibraryProtocol | undefined {
  return protocolLibrary.find((entry) => entry.key === key);
}
