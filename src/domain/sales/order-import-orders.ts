import { askText, type AskWhom } from '../customers/import-matching';
import { inScope, type Actor } from '../identity/policies';
import { problemAt, type ImportProblem } from '../imports/problems';
import type { Bilingual } from '../shared/messages';
import type { OrderInput } from './ledger-schemas';
import type { OrderImportField } from './order-import-columns';
import { columnOf, type CustomerRef, type OrderGroup } from './order-import-rows';

/** A stored customer (not deleted or merged) that a file may name, as the import needs to know it. */
export interface KnownCustomer {
  id: string;
  externalCode: string | null;
  name: string;
  officeId: string;
  ownerId: string | null;
}

/** A product a file may name by its code. */
export interface KnownProduct {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export interface ResolveContext {
  actor: Actor;
  columns: Readonly<Record<string, OrderImportField>>;
  customers: readonly KnownCustomer[];
  /** Product code → product. */
  products: ReadonlyMap<string, KnownProduct>;
  /** Whom to ask about a customer outside the actor's scope. */
  ask: (c: KnownCustomer) => AskWhom;
}

/** An order of the file as the ledger takes it, with the rows it came from. */
export interface ResolvedOrder {
  orderNo: string;
  rows: number[];
  customerName: string;
  input: OrderInput;
}

const FIELD_OF: Record<CustomerRef['by'], OrderImportField> = { id: 'customerId', code: 'customerCode', name: 'customerName' };
const HOW: Record<CustomerRef['by'], Bilingual> = { id: { zh: '系统编号为', en: 'with the system ID' }, code: { zh: '编码为', en: 'with the code' }, name: { zh: '名称为', en: 'named' } };

type Found = { ok: true; customer: KnownCustomer } | { ok: false; reason: Bilingual };

/**
 * Finds the customer a file names: by system ID or external code, or by exact name among the customers in the
 * actor's scope (the name must be unique there). A customer outside the scope is refused with whom to ask, never
 * with what it holds.
 */
export class CustomerFinder {
  private readonly byId = new Map<string, KnownCustomer>();
  private readonly byCode = new Map<string, KnownCustomer>();
  private readonly byName = new Map<string, KnownCustomer[]>();

  constructor(
    private readonly actor: Actor,
    customers: readonly KnownCustomer[],
    private readonly ask: (c: KnownCustomer) => AskWhom,
  ) {
    for (const c of customers) {
      this.byId.set(c.id.toLowerCase(), c);
      if (c.externalCode) this.byCode.set(c.externalCode, c);
      this.byName.set(c.name, [...(this.byName.get(c.name) ?? []), c]);
    }
  }

  private visible(c: KnownCustomer): boolean {
    return inScope(this.actor, { orgId: this.actor.orgId, officeId: c.officeId, ownerId: c.ownerId });
  }

  private outOfScope(ref: CustomerRef, c: KnownCustomer): Found {
    const ask = askText(this.ask(c));
    return {
      ok: false,
      reason: {
        zh: `客户“${ref.text}”存在，但不在您的数据范围内；请联系${ask.zh}录入这张订单`,
        en: `the customer "${ref.text}" exists but is outside your data scope; ask ${ask.en} to enter this order`,
      },
    };
  }

  find(ref: CustomerRef): Found {
    if (ref.by !== 'name') {
      const c = ref.by === 'id' ? this.byId.get(ref.text.toLowerCase()) : this.byCode.get(ref.text);
      if (!c) return { ok: false, reason: { zh: `找不到${HOW[ref.by].zh}“${ref.text}”的客户`, en: `no customer ${HOW[ref.by].en} "${ref.text}"` } };
      return this.visible(c) ? { ok: true, customer: c } : this.outOfScope(ref, c);
    }
    const named = this.byName.get(ref.text) ?? [];
    const mine = named.filter((c) => this.visible(c));
    if (mine.length === 1) return { ok: true, customer: mine[0]! };
    if (mine.length > 1) {
      return {
        ok: false,
        reason: { zh: `您的客户中有 ${mine.length} 个叫“${ref.text}”，请改填客户编码或系统编号`, en: `${mine.length} of your customers are called "${ref.text}"; give the customer code or system ID instead` },
      };
    }
    if (named.length) return this.outOfScope(ref, named[0]!);
    return { ok: false, reason: { zh: `找不到名称为“${ref.text}”的客户（名称须与系统中完全一致）`, en: `no customer is called "${ref.text}" (the name must match exactly)` } };
  }
}

/**
 * Turns grouped rows into orders the ledger takes: the customer found and in scope, every product known and still
 * sold. Every problem is listed at its row and column; an order with a problem, or held back by its rows, is left out.
 */
export function resolveOrders(groups: readonly OrderGroup[], ctx: ResolveContext): { orders: ResolvedOrder[]; problems: ImportProblem[] } {
  const finder = new CustomerFinder(ctx.actor, ctx.customers, ctx.ask);
  const problems: ImportProblem[] = [];
  const orders: ResolvedOrder[] = [];
  for (const group of groups) {
    const before = problems.length;
    const first = group.lines[0]!;
    const found = finder.find(group.customer);
    if (!found.ok) problems.push(problemAt(first.row, columnOf(ctx.columns, FIELD_OF[group.customer.by]), found.reason));
    const lines = group.lines.map((line) => {
      const product = ctx.products.get(line.productCode);
      const column = columnOf(ctx.columns, 'productCode');
      if (!product) problems.push(problemAt(line.row, column, { zh: `没有编码为“${line.productCode}”的产品`, en: `no product has the code "${line.productCode}"` }));
      else if (!product.active) problems.push(problemAt(line.row, column, { zh: `产品 ${product.name}（${product.code}）已停用，不能再销售`, en: `the product ${product.code} is discontinued and can no longer be sold` }));
      return { productId: product?.id ?? '', quantity: line.quantity, ...(line.unitPriceFen === null ? {} : { unitPriceFen: line.unitPriceFen }) };
    });
    if (problems.length > before || !found.ok || group.held) continue;
    orders.push({
      orderNo: group.orderNo,
      rows: group.lines.map((l) => l.row),
      customerName: found.customer.name,
      input: { customerId: found.customer.id, kind: 'sale', orderDate: group.orderDate, externalRef: group.orderNo, note: group.note ?? undefined, lines },
    });
  }
  return { orders, problems };
}
