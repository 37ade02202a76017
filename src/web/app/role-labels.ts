import type { Role } from './api-types';
import { useT } from './i18n/i18n-provider';
import type { MessageKey } from './i18n/message-catalogue';
import type { BadgeTone } from './ui/badge';

const roleKeys: Record<Role, { label: MessageKey; description: MessageKey }> = {
  administrator: { label: 'role.administrator', description: 'role.administrator.description' },
  planner: { label: 'role.planner', description: 'role.planner.description' },
  contributor: { label: 'role.contributor', description: 'role.contributor.description' },
  viewer: { label: 'role.viewer', description: 'role.viewer.description' },
  moderator: { label: 'role.moderator', description: 'role.moderator.description' },
  network_admin: { label: 'role.network_admin', description: 'role.network_admin.description' },
  coach: { label: 'role.coach', description: 'role.coach.description' },
};

/** Roles that can change everything stand out; the rest read as neutral. */
export const roleTone: Record<Role, BadgeTone> = {
  administrator: 'brand',
  network_admin: 'brand',
  planner: 'info',
  coach: 'info',
  contributor: 'neutral',
  viewer: 'neutral',
  moderator: 'neutral',
};

export function useRoleLabel() {
  const t = useT();
  return (role: Role) => (roleKeys[role] ? t(roleKeys[role].label) : role);
}

export function useRoleDescription() {
  const t = useT();
  return (role: Role) => (roleKeys[role] ? t(roleKeys[role].description) : '');
}
