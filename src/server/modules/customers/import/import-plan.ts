import { customValueChanges, type CustomFieldDefinition } from '../../../../domain/customers/custom-fields';
import { customerInputSchema, type CustomerInput } from '../../../../domain/customers/customer-schemas';
import { changedFields, type FieldChange } from '../../../../domain/customers/history-diff';
import { defaultHeaderOf, type ImportField } from '../../../../domain/customers/import-columns';
import { checkCustomImport, customColumns, rowCustomValues } from '../../../../domain/customers/import-custom';
import { mappedColumns } from '../../../../domain/customers/import-mapping';
import { ImportMatcher } from '../../../../domain/customers/import-matching';
import { createImportRowValidator, withImported, type ImportProblem, type ImportedRow } from '../../../../domain/customers/import-rows';
import { placeCustomer } from '../../../../domain/customers/placement';
import { REGIONS } from '../../../../domain/customers/regions';
import { explainIssue } from '../../../../domain/shared/bilingual-issue';
import { ERRORS } from '../../../../domain/shared/error-codes';
import { fieldLabel } from '../../../../domain/shared/field-labels';
import type { Bilingual } from '../../../../domain/shared/messages';
import type { Actor } from '../../../../domain/identity/policies';
import { ROLE_SCOPE } from '../../../../domain/identity/roles';
import type { Db } from '../../../db/client';
import { asInput } from '../customer-input';
import { CUSTOMER_HISTORY_FIELDS } from '../customers.presenter';
import type { StoredFile } from '../../imports/import-store.queries';
import { loadDirectory, type Directory } from './directory';
import { candidatesFor, storedCustomers, type StoredCustomer } from './import-candidates.queries';


export interface Placed {
  officeId: string;
  ownerId: string | null;
}

export interface PlannedCreate {
  row: number;
  input: CustomerInput;
  /** Custom field values in their stored form. */
  custom: Record<string, unknown>;
  externalCode: string | null;
  placed: Placed;
}

export interface PlannedUpdate extends PlannedCreate {
  id: string;
  version: number;
  /** The fields that change, before and after: the history entry. */
  changes: FieldChange[];
}

/** What the check says about one row that can be imported. */
export interface RowOutcome {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  name: string;
  /** The fields an update changes. */
  changes: string[];
}

export interface ImportPlan {
  /** The custom fields the rows were checked against (for the history of new customers). */
  fields: CustomFieldDefinition[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  problems: ImportProblem[];
  outcomes: RowOutcome[];
}

/** Rows validated and matched per step; each step looks up its candidates in one query and then lets other requests in. */
const STEP = 2000;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

type Placement = { ok: true; placed: Placed } | { ok: false; field: ImportField; reason: Bilingual };

/** Where a row's customer goes, by the rule for customers created by hand; an office manager imports into their own office only. */
function placeRow(actor: Actor, dir: Directory, officeId: string | null, ownerId: string | null | undefined): Placement {
  if (ROLE_SCOPE[actor.role] === 'office' && officeId && officeId !== actor.officeId) {
    const own = dir.officeName(actor.officeId) ?? '';
    return { ok: false, field: 'office', reason: { zh: `只能导入到您所在的办事处（${own}）`, en: `you can import into your own office only (${own})` } };
  }
  const placed = placeCustomer(actor, { officeId, owner: dir.ownerFacts(ownerId) });
  if (placed.ok) return { ok: true, placed: { officeId: placed.officeId, ownerId: placed.ownerId } };
  if (placed.error === 'CUSTOMER_OFFICE_REQUIRED') {
    return { ok: false, field: 'office', reason: { zh: '请填写办事处，或填写负责人（客户归入负责人所在的办事处）', en: "enter the office, or an owner (the customer goes to the owner's office)" } };
  }
  return { ok: false, field: ownerId ? 'owner' : 'office', reason: ERRORS[placed.error] };
}

/** History fields of a customer as stored: the input, where it sits, and its external code. */
const historyShape = (input: Record<string, unknown>, placed: Placed, externalCode: string | null) => ({ ...input, ...placed, externalCode });

/** The history entry of a new customer: every field it has, custom ones last. */
export const creationChanges = (c: PlannedCreate, fields: readonly CustomFieldDefinition[]): FieldChange[] => [
  ...changedFields(null, historyShape(c.input, c.placed, c.externalCode), CUSTOMER_HISTORY_FIELDS),
  ...customValueChanges(null, c.custom, fields),
];

/** Custom values of a row after the stored ones, checked for the customer's type; problems name the column (or the field). */
function customValues(
  fields: readonly CustomFieldDefinition[],
  columns: Readonly<Record<string, string>>,
  c: { typeCode: string; stored: Record<string, unknown>; given: Record<string, unknown> },
): { values: Record<string, unknown> } | { problems: { column: string; reason: Bilingual }[] } {
  const checked = checkCustomImport(fields, c);
  if (checked.ok) return { values: checked.values };
  const headerOf = (key: string) => Object.keys(columns).find((h) => columns[h] === key);
  return { problems: checked.problems.map((p) => ({ column: headerOf(p.key) ?? p.label.zh, reason: p.reason })) };
}

/**
 * Reads every row of an uploaded file with the organisation's rules and decides what importing it would do:
 * which rows create customers, which update stored ones (and what changes), which change nothing, and every
 * problem by row, column and reason. Writes nothing. With `lock`, the customers to update are locked (inside
 * the import's transaction), so that what is written is what was checked.
 */
export async function planImport(db: Db, actor: Actor, file: StoredFile, opts: { lock: boolean; progress: (processed: number) => void }): Promise<ImportPlan> {
  const dir = await loadDirectory(db, actor.orgId);
  const fields = dir.customFields;
  const columns = mappedColumns(file.mapping);
  const custom = customColumns(file.mapping);
  const headerOf = (field: ImportField) => Object.keys(columns).find((h) => columns[h] === field) ?? defaultHeaderOf(field);
  const validate = createImportRowValidator({ columns, types: dir.types, regions: REGIONS, owners: dir.ownerIds, ambiguousOwners: dir.sharedNames, offices: dir.officeIds });
  const matcher = new ImportMatcher({ actor, headerOf, ask: (c) => dir.ask(c) });
  const schema = customerInputSchema({ typeCodes: dir.types.map((t) => t.code) });
  const problems: ImportProblem[] = [];
  const problem = (row: number, field: ImportField, reason: Bilingual) => problems.push({ row, column: headerOf(field), reason_zh: reason.zh, reason_en: reason.en });
  const creates: PlannedCreate[] = [];
  const toUpdate: { row: number; id: string; imported: ImportedRow; custom: Record<string, unknown> }[] = [];

  for (let start = 0; start < file.rows.length; start += STEP) {
    const read = file.rows.slice(start, start + STEP).map(([row, ...cells]) => {
      const byHeader = Object.fromEntries(file.headers.map((h, i) => [h, cells[i] ?? '']));
      return { row, result: validate(row, byHeader), custom: rowCustomValues(custom, byHeader, fields) };
    });
    const valid = read.flatMap((r) => (r.result.ok ? [{ row: r.row, imported: r.result as ImportedRow }] : []));
    matcher.addExisting(await candidatesFor(db, actor.orgId, valid.map((v) => v.imported)));
    for (const { row, result, custom: given } of read) {
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      const match = matcher.match(row, result);
      if (match.kind === 'problem') problems.push(...match.problems);
      else if (match.kind === 'update') toUpdate.push({ row, id: match.target.id, imported: result, custom: given });
      else {
        const placement = placeRow(actor, dir, result.officeId, result.value.ownerId);
        const values = customValues(fields, custom, { typeCode: result.value.typeCode, stored: {}, given });
        if (!placement.ok) problem(row, placement.field, placement.reason);
        if ('problems' in values) for (const p of values.problems) problems.push({ row, column: p.column, reason_zh: p.reason.zh, reason_en: p.reason.en });
        if (placement.ok && 'values' in values) creates.push({ row, input: result.value, custom: values.values, externalCode: result.externalCode, placed: placement.placed });
      }
    }
    opts.progress(Math.min(start + STEP, file.rows.length));
    await nextTurn();
  }

  const updates: PlannedUpdate[] = [];
  let unchanged = 0;
  const outcomes: RowOutcome[] = creates.map((c) => ({ row: c.row, action: 'create', name: c.input.name, changes: [] }));
  for (let start = 0; start < toUpdate.length; start += STEP) {
    const chunk = toUpdate.slice(start, start + STEP);
    const stored = await storedCustomers(db, actor.orgId, chunk.map((u) => u.id), opts.lock);
    for (const { row, id, imported, custom: given } of chunk) {
      const current = stored.get(id)!;
      const planned = planUpdate(actor, dir, schema, current, imported);
      if ('reason' in planned) {
        problem(row, planned.field, planned.reason);
        continue;
      }
      const values = customValues(fields, custom, { typeCode: planned.input.typeCode, stored: current.custom, given });
      if ('problems' in values) {
        for (const p of values.problems) problems.push({ row, column: p.column, reason_zh: p.reason.zh, reason_en: p.reason.en });
        continue;
      }
      planned.custom = values.values;
      planned.changes.push(...customValueChanges(current.custom, values.values, fields));
      const changed = planned.changes.map((c) => (c.field.startsWith('custom.') ? (fields.find((f) => `custom.${f.key}` === c.field)?.labelZh ?? c.field) : c.field));
      outcomes.push({ row, action: planned.changes.length ? 'update' : 'unchanged', name: planned.input.name, changes: changed });
      if (planned.changes.length === 0) unchanged++;
      else updates.push({ row, id, version: current.version, ...planned });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  outcomes.sort((a, b) => a.row - b.row);
  return { fields, creates, updates, unchanged, problems, outcomes };
}

/** A stored customer with a row put onto it, checked whole as an edit by hand is, placed, and compared field by field. */
function planUpdate(
  actor: Actor,
  dir: Directory,
  schema: ReturnType<typeof customerInputSchema>,
  current: StoredCustomer,
  imported: ImportedRow,
): Omit<PlannedUpdate, 'row' | 'id' | 'version'> | { field: ImportField; reason: Bilingual } {
  const before = asInput(current);
  const parsed = schema.safeParse(withImported(before, imported));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const label = fieldLabel(issue.path.join('/'));
    const reason = explainIssue(issue as never);
    return {
      field: 'name',
      reason: {
        zh: `已有客户“${current.name}”的资料不符合现行规则（${label.zh}：${reason.zh}），请先在系统里改正该客户`,
        en: `the stored customer "${current.name}" breaks a current rule (${label.en}: ${reason.en}); correct it in the system first`,
      },
    };
  }
  const input = parsed.data;
  const moves = (imported.officeId !== null && imported.officeId !== current.officeId) || input.ownerId !== current.ownerId;
  let placed: Placed = { officeId: current.officeId, ownerId: current.ownerId };
  if (moves) {
    // Without an office column, a new owner brings the customer to their office, as for a customer created by hand.
    const placement = placeRow(actor, dir, imported.officeId ?? (input.ownerId ? null : current.officeId), input.ownerId);
    if (!placement.ok) return placement;
    placed = placement.placed;
  }
  const externalCode = imported.externalCode ?? current.externalCode;
  const stored = { officeId: current.officeId, ownerId: current.ownerId };
  const changes = changedFields(historyShape(before, stored, current.externalCode), historyShape(input, placed, externalCode), CUSTOMER_HISTORY_FIELDS);
  return { input, custom: current.custom, externalCode, placed, changes };
}
