import { z } from 'zod';
import { DATUMS, type Coordinate, type Datum } from '../../../domain/customers/coordinates';
import type { Actor } from '../../../domain/identity/policies';
import { TRANSPORT_MODES } from '../../../domain/routes/transport';
import { DEFAULT_DAY_START, START_KINDS, travelSettingsInputSchema, type TravelSettingsInput } from '../../../domain/visits/travel-schemas';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { travelSettingsOf } from './visit-plans.queries';
import { loadVisitSettings } from './visit-settings.service';
import { insertTravelSettings, lockTravelSettings, travelUser, updateTravelSettings, type TravelRow, type TravelValues } from './visit-travel.queries';

const coordinateView = z.object({ lng: z.number(), lat: z.number(), datum: z.enum(DATUMS) });
/** Version 0: never set (start and end unknown, setting off at 08:30, transport motorbike, the organisation's visits a day). */
export const travelSettingsView = z.object({
  userId: z.string(),
  userName: z.string(),
  startKind: z.enum(START_KINDS),
  start: coordinateView.nullable(),
  end: coordinateView.nullable(),
  /** When the rep sets off, HH:mm (08:30 when never set). */
  dayStart: z.string(),
  mode: z.enum(TRANSPORT_MODES),
  dailyCapacity: z.number().int().nullable(),
  /** The organisation's visits a day, used while dailyCapacity is null. */
  orgDailyCapacity: z.number().int(),
  version: z.number().int(),
  updatedAt: z.date().nullable(),
});
export type TravelSettingsView = z.infer<typeof travelSettingsView>;

export const updateTravelBody = travelSettingsInputSchema.extend({ version: z.number().int().min(0) });
export type UpdateTravel = z.infer<typeof updateTravelBody>;

const datumOf = (d: string | null): Datum => ((DATUMS as readonly string[]).includes(d ?? '') ? (d as Datum) : 'GCJ-02');

function present(user: { id: string; displayName: string }, row: TravelRow | undefined, orgDailyCapacity: number): TravelSettingsView {
  const end = row && row.endLng !== null && row.endLat !== null ? { lng: row.endLng, lat: row.endLat, datum: datumOf(row.endDatum) } : null;
  return {
    userId: user.id,
    userName: user.displayName,
    startKind: row?.startKind ?? 'office',
    start: row ? { lng: row.startLng, lat: row.startLat, datum: datumOf(row.startDatum) } : null,
    end,
    dayStart: row?.dayStart ?? DEFAULT_DAY_START,
    mode: row?.mode ?? 'motorbike',
    dailyCapacity: row?.dailyCapacity ?? null,
    orgDailyCapacity,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}

function toValues(input: TravelSettingsInput): TravelValues {
  const end: Coordinate | null = input.end;
  return {
    startKind: input.startKind,
    startLng: input.start.lng,
    startLat: input.start.lat,
    startDatum: input.start.datum,
    endLng: end?.lng ?? null,
    endLat: end?.lat ?? null,
    endDatum: end?.datum ?? null,
    dayStart: input.dayStart,
    mode: input.mode,
    dailyCapacity: input.dailyCapacity,
  };
}

/** A user in the actor's scope who is an active rep (404 outside the scope; 409 for anyone else). */
async function travelRep(db: Db, actor: Actor, userId: string) {
  const user = await travelUser(db, actor, userId);
  if (!user) throw new AppError('NOT_FOUND');
  if (user.role !== 'rep' || !user.active) throw new AppError('VISIT_TRAVEL_NOT_A_REP');
  return user;
}

/** A rep's travel settings: the rep's own, an office manager the office's reps', organisation-wide managers all. */
export async function loadTravelSettings(db: Db, actor: Actor, userId: string): Promise<TravelSettingsView> {
  const user = await travelRep(db, actor, userId);
  const settings = await loadVisitSettings(db, actor.orgId);
  return present(user, await travelSettingsOf(db, actor.orgId, userId), settings.plan.dailyCapacity);
}

/** Saves a rep's travel settings if nobody changed them since `version` was read (0: never set); audited. */
export async function saveTravelSettings(db: Db, actor: Actor, userId: string, input: UpdateTravel, meta: RequestMeta): Promise<TravelSettingsView> {
  const user = await travelRep(db, actor, userId);
  const values = toValues(input);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const before = await lockTravelSettings(t, actor.orgId, userId);
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT');
    if (!before) {
      if (!(await insertTravelSettings(t, actor.orgId, userId, values, meta.now))) throw new AppError('VERSION_CONFLICT');
    } else {
      await updateTravelSettings(t, actor.orgId, userId, values, before.version + 1, meta.now);
    }
    const { orgId: _o, userId: _u, updatedAt: _a, ...kept } = before ?? ({} as Partial<TravelRow>);
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit.travel.update', targetType: 'user', targetId: userId, before: before ? kept : null, after: values, ip: meta.ip }, meta.now);
  });
  return loadTravelSettings(db, actor, user.id);
}
