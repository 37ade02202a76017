import type { Principal } from '../../auth/principal.js';

/** Who did a write: a person (through the app or an API token) or an operator's command. */
export interface Actor {
  userId: string | null;
  label: string;
}

export function actorFrom(principal: Principal): Actor {
  return {
    userId: principal.user.id,
    label: principal.via === 'token' ? `${principal.user.email} (API token)` : principal.user.email,
  };
}

export const cliActor: Actor = { userId: null, label: 'command line' };
