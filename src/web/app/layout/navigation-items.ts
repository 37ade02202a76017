import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { OrganizationKind, Permission, SessionOrganization } from '../api-types';
import type { MessageKey } from '../i18n/message-catalogue';
import type { IconName } from '../ui/icons';

export interface AreaLink {
  /** The path segment after /o/:organizationId ('' for the overview). */
  segment: string;
  label: MessageKey;
  icon: IconName;
  permission: Permission;
  /** What the overview's tile says about the area, when it has a tile text. */
  description?: MessageKey;
  /** Areas that exist only for some kinds of organization (plans belong to districts). */
  organizationKinds?: readonly OrganizationKind[];
  /** Areas about the organization's network (a district's cohort, its network's strategy bank): shown only to a district in one. */
  needsNetwork?: boolean;
}

/**
 * Where a domain's areas sit in an organization's menu: `main` for the work (in the order of the
 * domain list), `administration` after them (people, audit, outbox, settings).
 */
export interface DomainNavigation {
  main?: readonly AreaLink[];
  administration?: readonly AreaLink[];
}

/** The menu of every organization, in order: each domain's main areas, then each domain's administration. */
export function organizationAreasOf(domains: readonly { navigation?: DomainNavigation }[]): readonly AreaLink[] {
  return [...domains.flatMap((domain) => domain.navigation?.main ?? []), ...domains.flatMap((domain) => domain.navigation?.administration ?? [])];
}

/*
 * The areas come from the domain list (handed in by main.tsx, as the router and the dictionaries
 * are), so the shell's menu names no domain.
 */
const AreasContext = createContext<readonly AreaLink[]>([]);

export function OrganizationAreasProvider({ areas, children }: { areas: readonly AreaLink[]; children: ReactNode }) {
  return createElement(AreasContext.Provider, { value: areas }, children);
}

/**
 * The product areas of an organization the user may open, in menu order. An area appears only when
 * the user's role in that organization grants its permission.
 */
export function useOrganizationAreas(): (organization: SessionOrganization | undefined) => AreaLink[] {
  const areas = useContext(AreasContext);
  return (organization) => areasFor(areas, organization);
}

function areasFor(areas: readonly AreaLink[], organization: SessionOrganization | undefined): AreaLink[] {
  if (!organization) return [];
  return areas.filter(
    (area) => organization.permissions.includes(area.permission) && (!area.organizationKinds || area.organizationKinds.includes(organization.kind)) && (!area.needsNetwork || organization.networkId !== null),
  );
}

export function areaPath(organizationId: string, segment: string) {
  return segment ? `/o/${organizationId}/${segment}` : `/o/${organizationId}`;
}
