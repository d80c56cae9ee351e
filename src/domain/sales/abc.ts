import { z } from 'zod';
import { both } from '../shared/bilingual-issue';
import { percentToBasisPoints, telescopedBasisPoints, WHOLE } from './basis-points';
import { checkFen, sumFen, type Fen } from './fen';
import { compareCodeUnits } from '../shared/compare';

/**
 * ABC grading (ABC分析法, 000): rank the customers by their sales over a period, largest first, with the
 * running total; A are the customers whose cumulative share reaches 55%, B those from 55% to 85%, C the rest.
 *
 * The boundary customer — the one whose sale makes the running total reach or pass 55% — is A: the seed text
 * defines A as the group of top customers whose cumulative share 达到 (reaches) 55%, and without that customer
 * the group would not reach it. Put exactly: a customer is A when the customers ranked before it hold less
 * than a% of the sales, B when they hold at least a% but less than b%, and C otherwise. So the largest
 * customer is always A (even when it alone holds 90%), a customer that brings the running total to exactly
 * 55.00% is A and the next one B, and whatever a and b are, A holds at least a% of the sales.
 *
 * Ranking: amount descending, then customer id ascending (plain code-unit order, not locale order), so equal
 * amounts always come out in the same order and a tie across a boundary is split the same way every time.
 * Customers with no sales, zero sales or net returns (a negative amount) in the period get `none`, listed
 * apart and never A, B or C; shares are of the positive amounts only.
 */
export const GRADES = ['A', 'B', 'C'] as const;
export type Grade = (typeof GRADES)[number];
export type GradeOrNone = Grade | 'none';

export interface AbcSettings {
  /** Cumulative share of sales (percent) that class A reaches. */
  aPercent: number;
  /** Cumulative share of sales (percent) that classes A and B reach together. */
  bPercent: number;
  /** The ideal mix of customers per class, percent (the 80/20 rule gives 20 / 40 / 40). */
  idealAPercent: number;
  idealBPercent: number;
  idealCPercent: number;
}

export const DEFAULT_ABC_SETTINGS: AbcSettings = { aPercent: 55, bPercent: 85, idealAPercent: 20, idealBPercent: 40, idealCPercent: 40 };

const percent = (min: 'open' | 'closed') =>
  z
    .number({ message: both('请填写百分比数字', 'enter a percentage') })
    .refine((v) => (min === 'open' ? v > 0 && v < 100 : v >= 0 && v <= 100), {
      message: min === 'open' ? both('须大于 0 且小于 100', 'must be more than 0 and less than 100') : both('须在 0 到 100 之间', 'must be between 0 and 100'),
    })
    .refine((v) => percentToBasisPoints(v) !== null, { message: both('最多两位小数', 'at most two decimals') });

/** Settings as an administrator enters them: 0 < a < b < 100, and an ideal mix that adds up to 100%. */
export const abcSettingsSchema = z
  .object({
    aPercent: percent('open'),
    bPercent: percent('open'),
    idealAPercent: percent('closed'),
    idealBPercent: percent('closed'),
    idealCPercent: percent('closed'),
  })
  .superRefine((s, ctx) => {
    if (s.bPercent <= s.aPercent) {
      ctx.addIssue({ code: 'custom', path: ['bPercent'], message: both(`须大于 A 类的 ${s.aPercent}%`, `must be more than the ${s.aPercent}% of class A`) });
    }
    const ideal = [s.idealAPercent, s.idealBPercent, s.idealCPercent].map((p) => percentToBasisPoints(p) ?? 0);
    if (ideal.reduce((a, b) => a + b, 0) !== WHOLE) {
      ctx.addIssue({ code: 'custom', path: ['idealCPercent'], message: both('A、B、C 三类的理想占比合计须为 100%', 'the ideal shares of A, B and C must add up to 100%') });
    }
  }) satisfies z.ZodType<AbcSettings, unknown>;

/** One customer's sales over the period; null when the customer has no sales at all. */
export interface CustomerSales {
  customerId: string;
  amountFen: Fen | null;
}

export interface AbcRow {
  customerId: string;
  /** 1 for the largest customer. */
  rank: number;
  amountFen: Fen;
  /** Sales of this customer and every one ranked before it; the exact cumulative share is cumulativeFen / totalFen. */
  cumulativeFen: Fen;
  /** For display: rounded so that the shares add up to exactly 10,000 and cumulativeBp is their running sum. */
  shareBp: number;
  cumulativeBp: number;
  grade: Grade;
}

export interface AbcNoneRow {
  customerId: string;
  amountFen: Fen | null;
  grade: 'none';
}

export interface AbcMixEntry {
  grade: Grade;
  customers: number;
  /** Share of the graded customers (those with sales); the three add up to 10,000 when anyone is graded. */
  customerBp: number;
  idealBp: number;
  /** customerBp − idealBp: positive when the class has more customers than the ideal mix. */
  deviationBp: number;
  amountFen: Fen;
  /** Share of the sales; the three add up to 10,000 when there are sales. */
  salesBp: number;
}

export interface AbcGrading {
  settings: AbcSettings;
  /** Sum of the positive amounts: the denominator of every share. */
  totalFen: Fen;
  ranked: AbcRow[];
  none: AbcNoneRow[];
  mix: AbcMixEntry[];
}

const byId = compareCodeUnits;

function settingsBasisPoints(settings: AbcSettings) {
  const parsed = abcSettingsSchema.safeParse(settings);
  if (!parsed.success) throw new RangeError(`invalid ABC settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const bp = (p: number) => BigInt(percentToBasisPoints(p) ?? 0);
  return { a: bp(settings.aPercent), b: bp(settings.bPercent) };
}

export function gradeAbc(sales: readonly CustomerSales[], settings: AbcSettings = DEFAULT_ABC_SETTINGS): AbcGrading {
  const limits = settingsBasisPoints(settings);
  const seen = new Set<string>();
  for (const s of sales) {
    if (seen.has(s.customerId)) throw new RangeError(`customer ${s.customerId} is listed twice`);
    seen.add(s.customerId);
    if (s.amountFen !== null && !Number.isSafeInteger(s.amountFen)) checkFen(s.amountFen, `amount of ${s.customerId}`);
  }

  const graded = sales
    .filter((s): s is { customerId: string; amountFen: Fen } => s.amountFen !== null && s.amountFen > 0)
    .sort((x, y) => y.amountFen - x.amountFen || byId(x.customerId, y.customerId));
  const totalFen = sumFen(graded.map((s) => s.amountFen));
  const total = BigInt(totalFen);

  const shares = telescopedBasisPoints(
    graded.map((s) => s.amountFen),
    totalFen,
  );
  // Compare the share held by the customers ranked before one with the limits, exactly: before / total < a / 10,000 —
  // in ordinary numbers while total × 10,000 is a safe integer (totals up to about ¥9 billion), else in bigint.
  const small = Number.isSafeInteger(totalFen * WHOLE);
  const [a, b] = [Number(limits.a), Number(limits.b)];
  const gradeAfter = (before: number): Grade =>
    small
      ? before * WHOLE < a * totalFen ? 'A' : before * WHOLE < b * totalFen ? 'B' : 'C'
      : BigInt(before) * BigInt(WHOLE) < limits.a * total ? 'A' : BigInt(before) * BigInt(WHOLE) < limits.b * total ? 'B' : 'C';
  let before = 0;
  let cumulativeBp = 0;
  const ranked = graded.map((s, i): AbcRow => {
    const grade = gradeAfter(before);
    before += s.amountFen;
    const shareBp = shares[i] ?? 0;
    cumulativeBp += shareBp;
    return { customerId: s.customerId, rank: i + 1, amountFen: s.amountFen, cumulativeFen: before, shareBp, cumulativeBp, grade };
  });

  const none = sales
    .filter((s) => s.amountFen === null || s.amountFen <= 0)
    .map((s): AbcNoneRow => ({ customerId: s.customerId, amountFen: s.amountFen, grade: 'none' }))
    .sort((x, y) => (y.amountFen ?? -Infinity) - (x.amountFen ?? -Infinity) || byId(x.customerId, y.customerId));

  return { settings, totalFen, ranked, none, mix: abcMix(ranked, settings) };
}

function abcMix(ranked: readonly AbcRow[], settings: AbcSettings): AbcMixEntry[] {
  const byGrade = new Map<Grade, Fen[]>(GRADES.map((g) => [g, []]));
  for (const r of ranked) byGrade.get(r.grade)!.push(r.amountFen);
  const counts = GRADES.map((g) => byGrade.get(g)!.length);
  const amounts = GRADES.map((g) => sumFen(byGrade.get(g)!));
  const customerBp = telescopedBasisPoints(counts, ranked.length);
  const salesBp = telescopedBasisPoints(amounts, sumFen(amounts));
  const ideal = { A: settings.idealAPercent, B: settings.idealBPercent, C: settings.idealCPercent };
  return GRADES.map((grade, i) => {
    const idealBp = percentToBasisPoints(ideal[grade]) ?? 0;
    const share = customerBp[i] ?? 0;
    return {
      grade,
      customers: counts[i] ?? 0,
      customerBp: share,
      idealBp,
      deviationBp: share - idealBp,
      amountFen: amounts[i] ?? 0,
      salesBp: salesBp[i] ?? 0,
    };
  });
}

