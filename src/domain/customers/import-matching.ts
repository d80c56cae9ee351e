import { inScope, type Actor } from '../identity/policies';
import type { Bilingual } from '../shared/messages';
import { duplicateKeysOf, findDuplicates, type DuplicateKeys, type DuplicateRule, type ExistingCustomerKeys } from './duplicates';
import type { ImportField } from './import-columns';
import type { ImportProblem, ImportedRow } from './import-rows';

/** A customer already in the organisation that an imported row may be, as the matching needs to know it. */
export interface ExistingCustomer {
  id: string;
  externalCode: string | null;
  name: string;
  creditCode: string | null;
  regionCode: string | null;
  phones: readonly string[];
  officeId: string;
  ownerId: string | null;
  /** Deleted or merged away: an import never updates it, but its external code stays taken. */
  gone: boolean;
}

/** Whom to ask about a customer the importing person may not see: its owner, else its office's manager. */
export interface AskWhom {
  who: string | null;
  office: string | null;
}

/** Why a row is taken for a stored customer, strongest first. */
export type MatchRule = 'id' | 'external_code' | DuplicateRule;

export const MATCH_RULE_TEXT: Record<MatchRule, Bilingual> = {
  id: { zh: '系统编号相同', en: 'same system ID' },
  external_code: { zh: '外部编号相同', en: 'same external code' },
  credit_code: { zh: '信用代码相同', en: 'same credit code' },
  name_in_county: { zh: '同一区县内名称相同', en: 'same name in the same county' },
  phone: { zh: '电话相同', en: 'same phone' },
};

const RULE_FIELD: Record<MatchRule, ImportField> = { id: 'id', external_code: 'externalCode', credit_code: 'creditCode', name_in_county: 'name', phone: 'phones' };

export type RowMatch = { kind: 'create' } | { kind: 'update'; target: ExistingCustomer; rule: MatchRule } | { kind: 'problem'; problems: ImportProblem[] };

export interface MatchContext {
  actor: Actor;
  /** The header of the column a field comes from in this file. */
  headerOf: (field: ImportField) => string;
  ask: (customer: ExistingCustomer) => AskWhom;
}

/** “the person at the office” to ask about a customer one may not see. */
export function askText(ask: AskWhom): Bilingual {
  if (ask.who && ask.office) return { zh: `${ask.office}的${ask.who}`, en: `${ask.who} at ${ask.office}` };
  if (ask.who) return { zh: ask.who, en: ask.who };
  if (ask.office) return { zh: `${ask.office}的经理`, en: `the manager of ${ask.office}` };
  return { zh: '系统管理员', en: 'your administrator' };
}

type Found = { target: ExistingCustomer; rule: MatchRule } | { problem: { field: ImportField; reason: Bilingual } } | null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const nameKeyOf = (k: DuplicateKeys) => (k.name && k.countyCode ? `${k.name}|${k.countyCode}` : null);

/**
 * Decides, row by row in file order, whether an imported row creates a customer or updates a stored one, and
 * what stops it. A row is the stored customer its system ID or external code names, else the one the duplicate
 * rules find (same credit code; same name in the same county; a shared phone). Stopped: a row that repeats an
 * earlier row of the file; a stored customer outside the importing person's data scope (they are told whom to
 * ask, never what it holds); a row that matches two stored customers; two rows for one stored customer.
 */
export class ImportMatcher {
  private readonly byId = new Map<string, ExistingCustomer>();
  private readonly byExternal = new Map<string, ExistingCustomer>();
  private readonly byKey = new Map<string, ExistingCustomerKeys[]>();
  private readonly keysOf = new Map<string, ExistingCustomer>();
  /** In-file key → the first row that had it. */
  private readonly seen = new Map<string, number>();
  /** Stored customer id → the row that updates it. */
  private readonly claimed = new Map<string, number>();

  constructor(private readonly ctx: MatchContext) {}

  /** Stored customers the rows may match (call before matching the rows that may name them; repeats are ignored). */
  addExisting(customers: Iterable<ExistingCustomer>): void {
    for (const c of customers) {
      if (this.byId.has(c.id)) continue;
      this.byId.set(c.id, c);
      if (c.externalCode) this.byExternal.set(c.externalCode, c);
      if (c.gone) continue;
      const keys = { id: c.id, ...duplicateKeysOf(c) };
      this.keysOf.set(c.id, c);
      if (keys.creditCode) push(this.byKey, `credit:${keys.creditCode}`, keys);
      const byName = nameKeyOf(keys);
      if (byName) push(this.byKey, `name:${byName}`, keys);
      for (const phone of keys.phones) push(this.byKey, `phone:${phone}`, keys);
    }
  }

  match(row: number, imported: ImportedRow): RowMatch {
    const problems: ImportProblem[] = [];
    const problem = (field: ImportField, reason: Bilingual) => problems.push({ row, column: this.ctx.headerOf(field), reason_zh: reason.zh, reason_en: reason.en });
    const keys = duplicateKeysOf(imported.value);

    const repeated = this.repeatsEarlierRow(row, imported, keys);
    if (repeated) problem(RULE_FIELD[repeated.rule], { zh: `与第 ${repeated.row} 行重复（${MATCH_RULE_TEXT[repeated.rule].zh}）`, en: `repeats row ${repeated.row} (${MATCH_RULE_TEXT[repeated.rule].en})` });

    const found = this.find(imported, keys);
    if (found && 'problem' in found) problem(found.problem.field, found.problem.reason);
    const target = found && 'target' in found ? found : null;
    if (target) {
      const { actor } = this.ctx;
      const field = RULE_FIELD[target.rule];
      const rule = MATCH_RULE_TEXT[target.rule];
      const earlier = this.claimed.get(target.target.id);
      if (!inScope(actor, { orgId: actor.orgId, officeId: target.target.officeId, ownerId: target.target.ownerId })) {
        const ask = askText(this.ctx.ask(target.target));
        problem(field, {
          zh: `与已有客户重复（${rule.zh}），但该客户不在您的数据范围内，请联系${ask.zh}处理`,
          en: `matches an existing customer (${rule.en}) outside your data scope; ask ${ask.en}`,
        });
      } else if (earlier !== undefined && !repeated) {
        problem(field, { zh: `与第 ${earlier} 行对应同一个已有客户“${target.target.name}”`, en: `row ${earlier} already updates the same customer "${target.target.name}"` });
      } else if (imported.externalCode && target.target.externalCode && target.target.externalCode !== imported.externalCode) {
        problem('externalCode', {
          zh: `与已有客户“${target.target.name}”${rule.zh}，但外部编号不同（已有：${target.target.externalCode}）`,
          en: `${rule.en} as the existing customer "${target.target.name}", but a different external code (${target.target.externalCode})`,
        });
      }
      if (earlier === undefined) this.claimed.set(target.target.id, row);
    }
    if (problems.length) return { kind: 'problem', problems };
    return target ? { kind: 'update', target: target.target, rule: target.rule } : { kind: 'create' };
  }

  /** The first earlier row with the same system ID, external code or duplicate key; this row's keys are remembered. */
  private repeatsEarlierRow(row: number, imported: ImportedRow, keys: DuplicateKeys): { row: number; rule: MatchRule } | null {
    const byName = nameKeyOf(keys);
    const fileKeys: [string, MatchRule][] = [
      ...(imported.id ? [[`id:${imported.id}`, 'id'] as [string, MatchRule]] : []),
      ...(imported.externalCode ? [[`ext:${imported.externalCode}`, 'external_code'] as [string, MatchRule]] : []),
      ...(keys.creditCode ? [[`credit:${keys.creditCode}`, 'credit_code'] as [string, MatchRule]] : []),
      ...(byName ? [[`name:${byName}`, 'name_in_county'] as [string, MatchRule]] : []),
      ...keys.phones.map((p): [string, MatchRule] => [`phone:${p}`, 'phone']),
    ];
    let first: { row: number; rule: MatchRule } | null = null;
    for (const [key, rule] of fileKeys) {
      const earlier = this.seen.get(key);
      if (earlier === undefined) this.seen.set(key, row);
      else first ??= { row: earlier, rule };
    }
    return first;
  }

  private find(imported: ImportedRow, keys: DuplicateKeys): Found {
    if (imported.id) {
      const byId = this.byId.get(imported.id);
      if (byId && !byId.gone) return { target: byId, rule: 'id' };
      return {
        problem: {
          field: 'id',
          reason: { zh: `找不到系统编号为“${imported.id}”的客户（可能已删除或已合并）`, en: `no customer has the system ID "${imported.id}" (it may have been deleted or merged)` },
        },
      };
    }
    if (imported.externalCode) {
      const byCode = this.byExternal.get(imported.externalCode);
      if (byCode?.gone) {
        return {
          problem: {
            field: 'externalCode',
            reason: { zh: `外部编号“${imported.externalCode}”属于一个已删除或已合并的客户；请先恢复该客户，或换一个编号`, en: `the external code "${imported.externalCode}" belongs to a deleted or merged customer; restore it first or use another code` },
          },
        };
      }
      if (byCode) return { target: byCode, rule: 'external_code' };
    }
    const candidates = new Map<string, ExistingCustomerKeys>();
    const byName = nameKeyOf(keys);
    const lookups = [...(keys.creditCode ? [`credit:${keys.creditCode}`] : []), ...(byName ? [`name:${byName}`] : []), ...keys.phones.map((p) => `phone:${p}`)];
    for (const key of lookups) for (const c of this.byKey.get(key) ?? []) candidates.set(c.id, c);
    const matches = findDuplicates(keys, candidates.values());
    if (matches.length === 0) return null;
    if (matches.length === 1) return { target: this.keysOf.get(matches[0]!.id)!, rule: matches[0]!.rules[0]! };
    const list = matches.map((m) => {
      const c = this.keysOf.get(m.id)!;
      const rule = MATCH_RULE_TEXT[m.rules[0]!];
      if (inScope(this.ctx.actor, { orgId: this.ctx.actor.orgId, officeId: c.officeId, ownerId: c.ownerId })) return { zh: `“${c.name}”（${rule.zh}）`, en: `"${c.name}" (${rule.en})` };
      const ask = askText(this.ctx.ask(c));
      return { zh: `一个您无权查看的客户（${rule.zh}，请联系${ask.zh}）`, en: `one outside your data scope (${rule.en}; ask ${ask.en})` };
    });
    return {
      problem: {
        field: RULE_FIELD[matches[0]!.rules[0]!],
        reason: {
          zh: `同时与 ${matches.length} 个已有客户重复：${list.map((l) => l.zh).join('；')}。请先合并这些客户，或修改这一行`,
          en: `matches ${matches.length} existing customers: ${list.map((l) => l.en).join('; ')}. Merge them first, or change this row`,
        },
      },
    };
  }
}
