import { z } from 'zod';
import { ROLES } from '../../../domain/identity/roles';

/** The fields of a user that leave the server; the password hash never does. */
export const userView = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    officeId: z.string().nullable(),
    officeName: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.date().nullable(),
    version: z.number(),
    createdAt: z.date(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof userView>;

/** The fields the audit log keeps of a user, before and after a change. */
export function auditedUser(u: Pick<UserView, 'username' | 'displayName' | 'role' | 'officeId' | 'phone' | 'email' | 'active'>) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    officeId: u.officeId,
    phone: u.phone,
    email: u.email,
    active: u.active,
  };
}
