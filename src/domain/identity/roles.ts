/** The six roles of DOMAIN.md, with their labels and the data scope each one has. */
export const ROLES = ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  rep: { zh: '销售代表', en: 'Sales rep' },
  office_manager: { zh: '办事处经理', en: 'Office manager' },
  clerk: { zh: '销售文员', en: 'Sales clerk' },
  sales_manager: { zh: '销售部经理', en: 'Sales manager' },
  finance: { zh: '财务', en: 'Finance' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

/** Roles whose work is tied to one office; a user with such a role must belong to an office. */
export const OFFICE_ROLES: ReadonlySet<Role> = new Set<Role>(['rep', 'office_manager']);

export type ScopeKind = 'own' | 'office' | 'org';

/**
 * Which rows a role may see: a rep what they own, an office manager their office, everyone else the
 * whole organisation (the sales clerk reviews every rep's expense statements, so it sees the organisation too).
 */
export const ROLE_SCOPE: Record<Role, ScopeKind> = {
  rep: 'own',
  office_manager: 'office',
  clerk: 'org',
  sales_manager: 'org',
  finance: 'org',
  admin: 'org',
};

export function roleNeedsOffice(role: Role): boolean {
  return OFFICE_ROLES.has(role);
}
