import type { Role } from '../tables.js';

export interface MemberRow {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  is_active: boolean;
  version: number;
  created_at: Date;
}

export function presentMember(row: MemberRow, districtIds?: string[], responsibility?: string | null) {
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    isActive: row.is_active,
    version: row.version,
    joinedAt: new Date(row.created_at).toISOString(),
    ...(row.role === 'coach' ? { districtIds: districtIds ?? [], responsibility: responsibility ?? null } : {}),
  };
}
