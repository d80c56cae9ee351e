import { z } from 'zod';

const grade = z.enum(['A', 'B', 'C', 'none']);
const scope = z.object({ officeId: z.string().optional(), ownerId: z.string().optional(), typeCode: z.string().optional(), regionCode: z.string().optional() });
export const mixEntry = z.object({
  grade: z.enum(['A', 'B', 'C']),
  customers: z.number(),
  customerBp: z.number(),
  idealBp: z.number(),
  deviationBp: z.number(),
  amountFen: z.number(),
  salesBp: z.number(),
});

export const customerFactsView = z.object({
  id: z.string(),
  name: z.string(),
  typeCode: z.string(),
  regionCode: z.string().nullable(),
  officeName: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The current grade, from the latest monthly grading. */
  grade: grade.nullable(),
});

export const abcView = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    periodFrom: z.string(),
    periodTo: z.string(),
    scope,
    settings: z.object({ aPercent: z.number(), bPercent: z.number(), idealAPercent: z.number(), idealBPercent: z.number(), idealCPercent: z.number() }),
    totals: z.object({ customers: z.number(), graded: z.number(), ungraded: z.number(), totalFen: z.number() }),
    mix: z.array(mixEntry),
    pareto: z.array(z.object({ rank: z.number(), salesFen: z.number(), cumulativeBp: z.number(), grade: z.enum(['A', 'B', 'C']) })),
    list: z.enum(['ranked', 'none']),
    rows: z.array(
      customerFactsView.extend({
        rank: z.number().nullable(),
        salesFen: z.number().nullable(),
        shareBp: z.number().nullable(),
        cumulativeBp: z.number().nullable(),
        abcGrade: grade,
      }),
    ),
    offset: z.number(),
    limit: z.number(),
    listTotal: z.number(),
  })
  .meta({ id: 'AbcAnalysis' });

const summary = z.object({ totalFen: z.number(), graded: z.number(), ungraded: z.number(), mix: z.array(mixEntry) });

export const gradingView = z
  .object({
    id: z.string(),
    kind: z.enum(['monthly', 'on_demand']),
    periodFrom: z.string(),
    periodTo: z.string(),
    scope: z.unknown(),
    summary,
    computedAt: z.date(),
    computedByName: z.string().nullable(),
  })
  .meta({ id: 'AbcGrading' });

export const gradeChangesView = z.object({
  from: gradingView.nullable(),
  to: gradingView.nullable(),
  counts: z.object({ up: z.number(), down: z.number(), new: z.number(), dropped: z.number() }),
  total: z.number(),
  items: z.array(
    z.object({
      customerId: z.string(),
      from: grade.nullable(),
      to: grade.nullable(),
      kind: z.enum(['up', 'down', 'new', 'dropped']),
      customer: customerFactsView,
      salesBeforeFen: z.number().nullable(),
      salesAfterFen: z.number().nullable(),
    }),
  ),
});

export const gradeHistoryView = z.object({
  items: z.array(
    z.object({
      gradingId: z.string(),
      periodFrom: z.string(),
      periodTo: z.string(),
      computedAt: z.date(),
      grade,
      salesFen: z.number(),
      rank: z.number().nullable(),
      cumulativeBp: z.number().nullable(),
      /** How many customers were ranked in that grading. */
      graded: z.number().nullable(),
    }),
  ),
});

export const monthlyRunView = z.object({ gradingId: z.string(), created: z.boolean(), periodFrom: z.string(), periodTo: z.string() });
