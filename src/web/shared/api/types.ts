import type { Action } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';

/** Shapes of the API's JSON, as the SPA receives them (dates arrive as ISO strings). */
export interface Me {
  user: Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'officeId' | 'officeName' | 'mustChangePassword'>;
  org: { id: string; code: string; name: string };
  abilities: Action[];
}

export interface Office {
  id: string;
  name: string;
  regionCode: string | null;
  address: string | null;
  active: boolean;
  version: number;
  staff: number;
  managers: { id: string; displayName: string }[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  officeId: string | null;
  officeName: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  actorId: string | null;
  actorName: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface HomeData {
  role: Role;
  office: Office | null;
  team: User[] | null;
  offices: Office[] | null;
  counts: { activeUsers: number; inactiveUsers: number; byRole: Record<string, number> } | null;
  recentAudit: AuditEntry[] | null;
}
