import { lineAmount } from '../../../domain/sales/money';
import { Rng } from '../customers/random';
import { DEMO_PRODUCTS } from './products';

/**
 * Two years of demo orders, returns and collections up to `today`, deterministic for a given list of customers and
 * day: customers of very different sizes (roughly Pareto: a few county hospitals and distributors buy most), winter
 * and summer seasons, some customers slowing down or stopping in the last six months, a few returns, and 回款 mostly
 * 20–100 days after the sale with some still owed.
 */
export interface BuyingCustomer {
  typeCode: string;
  status: 'prospect' | 'active' | 'lost';
}

export interface DemoLine {
  product: number;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
  costFen: number;
}

export interface DemoOrder {
  customer: number;
  kind: 'sale' | 'return';
  orderDate: string;
  /** Index of the sale a return comes from. */
  returnOf: number | null;
  lines: DemoLine[];
}

export interface DemoCollection {
  order: number;
  collectedOn: string;
  amountFen: number;
}

const TYPE_SIZE: Record<string, number> = {
  county_hospital: 7,
  county_tcm_hospital: 5,
  township_health_centre: 2.5,
  distributor: 8,
  supermarket: 2,
  village_clinic: 0.7,
  private_clinic: 0.8,
  village_pharmacy: 1,
};

const DAY = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function seasonFactor(season: 'winter' | 'summer' | undefined, month: number): number {
  if (season === 'winter') return [11, 12, 1, 2].includes(month) ? 2.2 : [6, 7, 8].includes(month) ? 0.5 : 1;
  if (season === 'summer') return [6, 7, 8].includes(month) ? 2 : [12, 1, 2].includes(month) ? 0.6 : 1;
  return 1;
}

/** How a customer's buying runs over the 24 months: a factor per month (0 = no orders). */
function lifecycle(rng: Rng, status: BuyingCustomer['status']): (monthIndex: number) => number {
  if (status === 'lost') {
    const stop = 24 - rng.int(7, 16);
    return (i) => (i < stop ? 1 : 0);
  }
  const r = rng.next();
  if (r < 0.1) {
    const stop = 24 - rng.int(1, 5); // stopped within the last six months
    return (i) => (i < stop ? 1 : 0);
  }
  if (r < 0.24) return (i) => (i < 18 ? 1 : 1 - ((i - 17) / 6) * 0.75); // slowing down
  if (r < 0.34) {
    const start = rng.int(3, 18); // a newer customer
    return (i) => (i >= start ? 1 : 0);
  }
  const trend = 1 + gaussian(rng) * 0.1;
  return (i) => Math.max(0.2, 1 + (trend - 1) * (i / 12));
}

export function generateDemoSales(customers: readonly BuyingCustomer[], today: string): { orders: DemoOrder[]; collections: DemoCollection[] } {
  const rng = new Rng('demo-sales');
  const orders: DemoOrder[] = [];
  const collections: DemoCollection[] = [];
  const todayMs = msOf(today);
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const firstMonth = ty * 12 + (tm - 1) - 23;

  customers.forEach((c, ci) => {
    const crng = rng.fork(`customer-${ci}`);
    if (c.status === 'prospect') return;
    const size = (TYPE_SIZE[c.typeCode] ?? 3) * Math.exp(0.5 * gaussian(crng));
    const monthly = Math.min(0.95, 0.4 + 0.15 * Math.sqrt(size));
    const factor = lifecycle(crng, c.status);
    const liked = crng.sample(DEMO_PRODUCTS.map((_, i) => i), crng.int(4, 10));
    const discount = c.typeCode === 'distributor' ? 0.92 : 1;
    const payer = crng.weighted({ prompt: 70, normal: 20, slow: 10 });

    for (let i = 0; i < 24; i++) {
      const y = Math.floor((firstMonth + i) / 12);
      const m = ((firstMonth + i) % 12) + 1;
      const f = factor(i);
      if (f <= 0) continue;
      const count = (crng.chance(monthly * Math.min(f, 1.3)) ? 1 : 0) + (size > 6 && crng.chance(0.5 * f) ? 1 : 0);
      for (let k = 0; k < count; k++) {
        const date = `${y}-${String(m).padStart(2, '0')}-${String(crng.int(1, daysIn(y, m))).padStart(2, '0')}`;
        if (msOf(date) > todayMs) continue;
        const products = crng.sample(liked, 1 + Math.floor(crng.next() * Math.min(5, 2 + size / 3)));
        const lines = products.map((pi) => {
          const p = DEMO_PRODUCTS[pi]!;
          const quantity = Math.max(1, Math.round(size ** 0.6 * (4 + crng.next() * 12) * seasonFactor(p.season, m) * f / Math.sqrt(products.length)));
          const unitPriceFen = Math.round(p.listPriceFen * (crng.chance(0.1) ? 0.95 : discount));
          return { product: pi, quantity, unitPriceFen, amountFen: lineAmount(quantity, unitPriceFen)!, costFen: lineAmount(quantity, p.costFen)! };
        });
        const saleIndex = orders.length;
        orders.push({ customer: ci, kind: 'sale', orderDate: date, returnOf: null, lines });
        let owed = lines.reduce((s, l) => s + l.amountFen, 0);

        if (crng.chance(0.025)) {
          const back = crng.pick(lines);
          const returnDate = toDay(msOf(date) + crng.int(5, 40) * DAY);
          if (msOf(returnDate) <= todayMs) {
            const quantity = crng.int(1, Math.max(1, Math.ceil(back.quantity / 3)));
            const unitCost = back.costFen / back.quantity;
            const ret = { product: back.product, quantity: -quantity, unitPriceFen: back.unitPriceFen, amountFen: -lineAmount(quantity, back.unitPriceFen)!, costFen: -lineAmount(quantity, unitCost)! };
            orders.push({ customer: ci, kind: 'return', orderDate: returnDate, returnOf: saleIndex, lines: [ret] });
            owed += ret.amountFen;
          }
        }

        const [lo, hi] = payer === 'prompt' ? [20, 60] : payer === 'normal' ? [45, 100] : [90, 200];
        if (payer === 'slow' && crng.chance(0.15)) continue; // never paid
        const paidOn = msOf(date) + crng.int(lo, hi) * DAY;
        if (crng.chance(0.2) && owed > 100) {
          const first = Math.floor(owed / 2);
          if (paidOn <= todayMs) collections.push({ order: saleIndex, collectedOn: toDay(paidOn), amountFen: first });
          const rest = paidOn + crng.int(15, 45) * DAY;
          if (paidOn <= todayMs && rest <= todayMs) collections.push({ order: saleIndex, collectedOn: toDay(rest), amountFen: owed - first });
        } else if (paidOn <= todayMs) {
          collections.push({ order: saleIndex, collectedOn: toDay(paidOn), amountFen: owed });
        }
      }
    }
  });
  return { orders, collections };
}
