import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { optionalText } from '../../../domain/customers/text-fields';
import { checkInVerdict } from '../../../domain/visits/check-in';
import { CONTACT_KINDS } from '../../../domain/visits/objectives';
import { answersInputSchema, changedAnswers, mergeAnswers, positionSchema, profileWith, storedPosition, type VisitAnswers } from '../../../domain/visits/visit-record';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { visits } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import { findCustomer } from '../customers/customers.queries';
import { lockVisibleCustomer, updateCustomer } from '../customers/customers.service';
import type { RequestMeta } from '../identity/auth.service';
import { customerCoordinate, presentVisit, type VisitView } from './visit-record.presenter';
import { findVisit, isPlanned, lockVisit, photosOf, planOfDay, visitOfRepCustomerDay } from './visit-record.queries';
import { loadVisitSettings } from './visit-settings.service';

export const checkInBody = z.object({
  customerId: idSchema,
  kind: z.enum(CONTACT_KINDS).default('visit'),
  /** The phone's position; left out or null when it has none (the check-in is then flagged). Ignored for a call. */
  position: positionSchema.nullish(),
});
export type CheckInInput = z.infer<typeof checkInBody>;

export const updateVisitBody = z.object({
  version: z.number().int().min(1),
  /** Only the questionnaire items the rep changed; each is written to the customer's archive with history. */
  answers: answersInputSchema.optional(),
  notes: optionalText(2000),
  nextSteps: optionalText(1000),
});
export type UpdateVisitInput = z.infer<typeof updateVisitBody>;

export const checkOutBody = z.object({ version: z.number().int().min(1), position: positionSchema.nullish() });
export type CheckOutInput = z.infer<typeof checkOutBody>;

/** The profile as the questionnaire shows it: the items with a value. */
function profileOf(profile: Record<string, unknown> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(profile ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

/** The whole visit as the API shows it, when it is in the actor's scope; the profile only when the customer is too. */
export async function loadVisitView(db: Db, actor: Actor, id: string): Promise<VisitView | undefined> {
  const row = await findVisit(db, actor, id);
  if (!row) return undefined;
  const customer = await findCustomer(db, actor, row.customerId);
  return presentVisit(row, await photosOf(db, actor.orgId, [id]), customer ? profileOf(customer.profile) : null);
}

export async function visitOrNotFound(db: Db, actor: Actor, id: string): Promise<VisitView> {
  const view = await loadVisitView(db, actor, id);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/**
 * Checks the rep in at a customer of theirs today (Asia/Shanghai), or records a phone contact. The verdict comes from
 * the domain (distance from the customer's coordinates within the organisation's tolerance); a position far away or
 * missing is recorded and flagged, never refused. A customer on today's plan marks the visit planned; any other
 * customer in scope is an unplanned visit. A customer outside the rep's scope is 404; a second contact with the
 * same customer the same day is refused with the first one's id.
 */
export async function checkIn(db: Db, actor: Actor, input: CheckInInput, meta: RequestMeta): Promise<VisitView> {
  const customer = await findCustomer(db, actor, input.customerId);
  if (!customer || customer.deletedAt) throw new AppError('NOT_FOUND');
  if (!actor.officeId) throw new AppError('OFFICE_REQUIRED');
  const date = shanghaiDate(meta.now);
  const settings = await loadVisitSettings(db, actor.orgId);
  const existing = await visitOfRepCustomerDay(db, actor.orgId, actor.userId, customer.id, date);
  if (existing) throw new AppError('VISIT_ALREADY_RECORDED', undefined, undefined, { visitId: existing.id });

  const plan = await planOfDay(db, actor.orgId, actor.userId, date);
  const planned = plan ? await isPlanned(db, actor.orgId, plan.id, customer.id, date) : false;
  const inPerson = input.kind === 'visit';
  const position = inPerson && input.position ? storedPosition(input.position) : null;
  const customerPoint = customer.location ? customerCoordinate(customer.location.lng, customer.location.lat, customer.location.datum) : null;
  const verdict = inPerson
    ? checkInVerdict({ position: position ? { lng: position.lng, lat: position.lat, datum: 'GCJ-02' } : null, customer: customerPoint, toleranceMetres: settings.plan.checkInToleranceMetres })
    : null;

  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const t = tx as Db;
      const [made] = await t
        .insert(visits)
        .values({
          orgId: actor.orgId,
          repId: actor.userId,
          officeId: actor.officeId!,
          customerId: customer.id,
          planId: planned ? plan!.id : null,
          kind: input.kind,
          date,
          checkInAt: meta.now,
          checkInLng: position?.lng ?? null,
          checkInLat: position?.lat ?? null,
          checkInAccuracy: position?.accuracy ?? null,
          checkInDistance: verdict?.distanceMetres ?? null,
          checkInStatus: verdict?.status ?? null,
          checkInTolerance: verdict?.toleranceMetres ?? null,
          flagged: verdict?.flagged ?? false,
          createdAt: meta.now,
          updatedAt: meta.now,
        })
        .returning({ id: visits.id });
      await recordAudit(
        t,
        { orgId: actor.orgId, actorId: actor.userId, action: 'visit.check_in', targetType: 'visit', targetId: made!.id, after: { customerId: customer.id, kind: input.kind, date, planned, position, verdict: verdict && { status: verdict.status, distanceMetres: verdict.distanceMetres, flagged: verdict.flagged } }, ip: meta.ip },
        meta.now,
      );
      return made!.id;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await visitOfRepCustomerDay(db, actor.orgId, actor.userId, customer.id, date);
    throw new AppError('VISIT_ALREADY_RECORDED', undefined, undefined, { visitId: winner?.id });
  }
  return visitOrNotFound(db, actor, id);
}

/**
 * Changes a visit record at the version read: notes, next steps, and the questionnaire answers that changed. The
 * answers are written to the customer's archive through the customer service (validated, version-bumped, with
 * history) in the same transaction, and kept on the visit with their value before.
 */
export async function updateVisit(db: Db, actor: Actor, id: string, input: UpdateVisitInput, meta: RequestMeta): Promise<VisitView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const visit = await lockVisit(t, actor, id);
    if (!visit) throw new AppError('NOT_FOUND');
    if (visit.version !== input.version) throw new AppError('VERSION_CONFLICT');
    let answers = visit.answers as VisitAnswers;
    if (input.answers && Object.keys(input.answers).length > 0) {
      const customer = await lockVisibleCustomer(t, actor, visit.customerId);
      if (customer.deletedAt) throw new AppError('NOT_FOUND');
      const changes = changedAnswers(customer.profile, input.answers);
      if (Object.keys(changes).length > 0) {
        await updateCustomer(t, actor, visit.customerId, { version: customer.version, profile: profileWith(customer.profile, changes) }, meta);
        answers = mergeAnswers(answers, changes);
      }
    }
    const after = {
      answers,
      notes: input.notes === undefined ? visit.notes : input.notes,
      nextSteps: input.nextSteps === undefined ? visit.nextSteps : input.nextSteps,
    };
    await t
      .update(visits)
      .set({ ...after, version: visit.version + 1, updatedAt: meta.now })
      .where(and(eq(visits.orgId, actor.orgId), eq(visits.id, id)));
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit.update', targetType: 'visit', targetId: id, before: { answers: visit.answers, notes: visit.notes, nextSteps: visit.nextSteps }, after, ip: meta.ip }, meta.now);
  });
  return visitOrNotFound(db, actor, id);
}

/** Ends a visit (or a call) at the version read, with the phone's position when it has one; only once. */
export async function checkOut(db: Db, actor: Actor, id: string, input: CheckOutInput, meta: RequestMeta): Promise<VisitView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const visit = await lockVisit(t, actor, id);
    if (!visit) throw new AppError('NOT_FOUND');
    if (visit.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (visit.checkOutAt) throw new AppError('VISIT_CHECKED_OUT');
    const position = visit.kind === 'visit' && input.position ? storedPosition(input.position) : null;
    await t
      .update(visits)
      .set({ checkOutAt: meta.now, checkOutLng: position?.lng ?? null, checkOutLat: position?.lat ?? null, checkOutAccuracy: position?.accuracy ?? null, version: visit.version + 1, updatedAt: meta.now })
      .where(and(eq(visits.orgId, actor.orgId), eq(visits.id, id)));
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit.check_out', targetType: 'visit', targetId: id, after: { at: meta.now, position }, ip: meta.ip }, meta.now);
  });
  return visitOrNotFound(db, actor, id);
}
