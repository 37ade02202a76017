import type { RouteObject } from 'react-router';
import type { DomainMessages } from './i18n/dictionaries';
import type { DomainNavigation } from './layout/navigation-items';

/**
 * Where a domain's pages hang in the router (app/router.tsx builds the tree and its guards). A place
 * a domain has no pages in is left out.
 */
export interface DomainRoutes {
  /** Reachable before first-run setup is done, inside the public layout: the setup page itself. */
  beforeSetup?: readonly RouteObject[];
  /** Inside the public layout, no sign-in needed: sign-in, invitations, a mailed update link. */
  public?: readonly RouteObject[];
  /** Signed in, outside any organization: /account, /outbox for operators. */
  signedIn?: readonly RouteObject[];
  /** One organization's pages, under /o/:organizationId (the shell has checked it is the user's). */
  organization?: readonly RouteObject[];
}

/**
 * What a product domain brings to the web app: its pages, from its `routes.tsx`, its words, from its
 * `messages.ts` (which also adds their keys to MessageKey), and its places in the menu. src/web/domains.ts lists them.
 */
export interface WebDomain {
  name: string;
  routes: DomainRoutes;
  messages: DomainMessages;
  /** Its areas in an organization's menu (and the overview's tiles). */
  navigation?: DomainNavigation;
}
