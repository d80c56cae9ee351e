import { eq } from 'drizzle-orm';
import type { CustomFieldDefinition } from '../../../../domain/customers/custom-fields';
import type { CustomerType } from '../../../../domain/customers/customer-options';
import type { AskWhom, ExistingCustomer } from '../../../../domain/customers/import-matching';
import type { OwnerFacts } from '../../../../domain/customers/placement';
import type { Role } from '../../../../domain/identity/roles';
import type { Db } from '../../../db/client';
import { offices, users } from '../../../db/schema';
import { listFields } from '../../customer-fields/customer-fields.queries';
import { listCustomerTypes } from '../customer-types';

interface Person {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  officeId: string | null;
  active: boolean;
}

/**
 * The organisation's people, offices, customer types and custom fields, loaded once per import or export: how
 * owners and offices are written in a sheet and found again, and whom to ask about a customer one may not see.
 */
export class Directory {
  /** User name (as typed and lower case) and unshared display name → user id. */
  readonly ownerIds = new Map<string, string>();
  /** Display names that several users share. */
  readonly sharedNames = new Set<string>();
  readonly officeIds: Map<string, string>;
  private readonly people: Map<string, Person>;
  private readonly officeNames: Map<string, string>;
  private readonly managers = new Map<string, string>();

  constructor(
    readonly types: CustomerType[],
    people: Person[],
    officeRows: { id: string; name: string }[],
    /** The administrator's custom fields, deactivated ones included (their stored values stay). */
    readonly customFields: CustomFieldDefinition[] = [],
  ) {
    this.people = new Map(people.map((p) => [p.id, p]));
    this.officeNames = new Map(officeRows.map((o) => [o.id, o.name]));
    this.officeIds = new Map(officeRows.map((o) => [o.name, o.id]));
    const byName = new Map<string, number>();
    for (const p of people) byName.set(p.displayName, (byName.get(p.displayName) ?? 0) + 1);
    for (const p of people) {
      if (byName.get(p.displayName) === 1) this.ownerIds.set(p.displayName, p.id);
      else this.sharedNames.add(p.displayName);
      if (p.role === 'office_manager' && p.active && p.officeId) this.managers.set(p.officeId, p.displayName);
    }
    for (const p of people) {
      this.ownerIds.set(p.username, p.id);
      this.ownerIds.set(p.username.toLowerCase(), p.id);
    }
  }

  /** How the owner column names a user so that an import finds them again: the display name, or the user name when it is shared. */
  ownerLabel(id: string | null): string | null {
    const p = id ? this.people.get(id) : undefined;
    if (!p) return null;
    return this.sharedNames.has(p.displayName) ? p.username : p.displayName;
  }

  officeName(id: string | null): string | null {
    return id ? (this.officeNames.get(id) ?? null) : null;
  }

  ownerFacts(id: string | null | undefined): OwnerFacts | null {
    const p = id ? this.people.get(id) : undefined;
    return p ? { id: p.id, role: p.role, officeId: p.officeId, active: p.active } : null;
  }

  /** Whom to ask about a customer outside one's scope: its owner, else its office's manager. */
  ask(c: Pick<ExistingCustomer, 'ownerId' | 'officeId'>): AskWhom {
    const owner = c.ownerId ? this.people.get(c.ownerId) : undefined;
    return { who: owner?.active ? owner.displayName : (this.managers.get(c.officeId) ?? null), office: this.officeName(c.officeId) };
  }
}

export async function loadDirectory(db: Db, orgId: string): Promise<Directory> {
  // One after another: inside a transaction the queries share one connection.
  const types = await listCustomerTypes(db, orgId);
  const people = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, officeId: users.officeId, active: users.active })
    .from(users)
    .where(eq(users.orgId, orgId));
  const officeRows = await db.select({ id: offices.id, name: offices.name }).from(offices).where(eq(offices.orgId, orgId));
  const customFields = await listFields(db, orgId);
  return new Directory(types, people as Person[], officeRows, customFields);
}
