import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { appRoutePatterns } from '../../e2e/support/app-routes';
import { domains } from './domains';

/** Every full path a tree of routes can show (index routes take their parent's path). */
function patternsOf(routes: readonly RouteObject[], parent: string): string[] {
  return routes.flatMap((route) => {
    const own = route.path === undefined ? parent : route.path.startsWith('/') ? route.path : `${parent}/${route.path}`;
    const shown = route.path !== undefined || route.index ? [own] : [];
    return [...shown, ...patternsOf(route.children ?? [], own)];
  });
}

describe('the pages the browser journey reloads', () => {
  it('are every page the domains declare, no more and no fewer', () => {
    const declared = domains.flatMap((domain) =>
      Object.entries(domain.routes).flatMap(([place, routes]) => patternsOf(routes as RouteObject[], place === 'organization' ? '/o/:organizationId' : '')),
    );
    expect([...new Set(declared)].sort()).toEqual([...appRoutePatterns].sort());
  });
});
