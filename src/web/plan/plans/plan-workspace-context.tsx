import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { SessionOrganization } from '../../app/api-types';
import type { PlanCheck, PlanComment, PlanDetail, PlanElement } from '../api-types';
import { hasPermission } from '../../app/session';
import { useResource, type Resource } from '../../app/use-resource';
import { useLevelNames, type LevelNames } from './level-names';
import { buildOutlineIndex, type OutlineIndex } from './outline-index';
import { planApi } from './plan-api';
import { ownersApi, type ElementOwner } from '../owners/owners-api';

export interface PlanPermissions {
  /** May change the working copy now: plans.edit, and the plan is a draft, out for comment or being amended. */
  canEdit: boolean;
  /** Holds plans.edit, whatever the lifecycle (for "Start an amendment", re-import). */
  hasEdit: boolean;
  canAdopt: boolean;
  canComment: boolean;
}

export interface PlanWorkspace {
  organization: SessionOrganization;
  plan: PlanDetail;
  index: OutlineIndex;
  levelNames: LevelNames;
  permissions: PlanPermissions;
  checks: Resource<{ checks: PlanCheck[] }>;
  comments: Resource<{ comments: PlanComment[] }>;
  /** The one owner of each measure, strategy and action (a person), read by every view of the plan. */
  owners: Resource<{ owners: ElementOwner[] }>;
  /** Element key -> the owner's name. */
  ownerNames: ReadonlyMap<string, string>;
  /** Swaps in elements the server sent back (after a save or a move), keeping the others as they are. */
  replaceElements: (elements: PlanElement[]) => void;
  addElement: (element: PlanElement) => void;
  removeElements: (ids: ReadonlySet<string>) => void;
  setPlan: (plan: PlanDetail) => void;
  reloadPlan: () => Promise<void>;
  /** Asks for the checks again after a change; they are computed by the server. */
  refreshChecks: () => void;
}

const PlanWorkspaceContext = createContext<PlanWorkspace | null>(null);

export function usePlanWorkspace(): PlanWorkspace {
  const value = useContext(PlanWorkspaceContext);
  if (!value) throw new Error('usePlanWorkspace must be used inside <PlanWorkspaceProvider>');
  return value;
}

interface ProviderProps {
  organization: SessionOrganization;
  planResource: Resource<PlanDetail>;
  plan: PlanDetail;
  children: ReactNode;
}

/** The plan being worked on, shared by every view of the workspace so switching views costs no reload. */
export function PlanWorkspaceProvider({ organization, planResource, plan, children }: ProviderProps) {
  const checks = useResource<{ checks: PlanCheck[] }>(planApi.checks(plan.id));
  const comments = useResource<{ comments: PlanComment[] }>(planApi.comments(plan.id));
  const owners = useResource<{ owners: ElementOwner[] }>(ownersApi.owners(plan.id));
  const ownerNames = useMemo(() => new Map((owners.data?.owners ?? []).flatMap((owner) => (owner.userId && owner.name ? [[owner.elementKey, owner.name] as const] : []))), [owners.data]);
  const levelNames = useLevelNames(plan.header.plan);
  const index = useMemo(() => buildOutlineIndex(plan.elements), [plan.elements]);
  const { setData } = planResource;
  const reloadChecks = checks.reload;

  const replaceElements = useCallback(
    (updated: PlanElement[]) => {
      const byId = new Map(updated.map((element) => [element.id, element]));
      setData((current) => current && { ...current, elements: current.elements.map((element) => byId.get(element.id) ?? element) });
    },
    [setData],
  );
  const addElement = useCallback((element: PlanElement) => setData((current) => current && { ...current, elements: [...current.elements, element] }), [setData]);
  const removeElements = useCallback(
    (ids: ReadonlySet<string>) => setData((current) => current && { ...current, elements: current.elements.filter((element) => !ids.has(element.id)) }),
    [setData],
  );
  const refreshChecks = useCallback(() => void reloadChecks(), [reloadChecks]);

  const hasEdit = hasPermission(organization, 'plans.edit');
  const permissions = useMemo<PlanPermissions>(
    () => ({
      canEdit: hasEdit && plan.isEditable,
      hasEdit,
      canAdopt: hasPermission(organization, 'plans.adopt'),
      canComment: hasPermission(organization, 'plans.comment'),
    }),
    [hasEdit, plan.isEditable, organization],
  );

  const value = useMemo<PlanWorkspace>(
    () => ({
      organization,
      plan,
      index,
      levelNames,
      permissions,
      checks,
      comments,
      owners,
      ownerNames,
      replaceElements,
      addElement,
      removeElements,
      setPlan: (next) => setData(next),
      reloadPlan: planResource.reload,
      refreshChecks,
    }),
    [organization, plan, index, levelNames, permissions, checks, comments, owners, ownerNames, replaceElements, addElement, removeElements, setData, planResource.reload, refreshChecks],
  );

  return <PlanWorkspaceContext.Provider value={value}>{children}</PlanWorkspaceContext.Provider>;
}
