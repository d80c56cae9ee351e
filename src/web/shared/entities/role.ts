import { ROLE_LABELS, ROLES, type Role } from '../../../domain/identity/roles';
import type { Lang } from '../../../domain/shared/messages';

export function roleLabel(role: string, lang: Lang): string {
  const label = ROLE_LABELS[role as Role];
  if (!label) return role;
  return lang === 'en' ? label.en : label.zh;
}

export function roleOptions(lang: Lang): { value: Role; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: roleLabel(role, lang) }));
}
