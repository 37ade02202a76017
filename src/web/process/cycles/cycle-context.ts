import { useOutletContext } from 'react-router';
import type { CycleDetail } from '../api-types';
import type { Resource } from '../../app/use-resource';

/** What the cycle's layout hands every section page: the cycle, loaded once, and a way to reload it. */
export interface CycleContext {
  cycleId: string;
  organizationId: string;
  cycle: CycleDetail;
  reload: Resource<CycleDetail>['reload'];
}

export const useCycle = () => useOutletContext<CycleContext>();
