/**
 * `npx tsx bench/visit-plans.ts [--reps 100] [--customers 150] [--runs 5] [--month 2025-11] [--capacity 8]`:
 * monthly visit plan generation (src/domain/visits, pure, in process) for many reps at once, as the monthly
 * planning job will run it. Each rep has a made-up county territory (seeded; customers gathered around a seat and
 * a dozen townships, 20/35/35 % A/B/C and the rest ungraded) and starts at the county seat by motorbike. Prints a
 * markdown table: median of N runs of the whole batch, each rep's time (median and p95 over all runs) and what the
 * plans hold. Figures are not written to docs/benchmarks.md.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { workingCalendar } from '../src/domain/calendar/official';
import { COUNTY_SEATS } from '../src/server/demo/customers/places';
import { generateMonthlyPlan } from '../src/domain/visits/plan';
import type { MonthlyPlan, MonthlyPlanRequest } from '../src/domain/visits/plan-types';
import { randomTerritory } from '../test/helpers/territory';
import { median } from './startup/report';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '100' },
    customers: { type: 'string', default: '150' },
    runs: { type: 'string', default: '5' },
    month: { type: 'string', default: '2025-11' },
    capacity: { type: 'string', default: '8' },
  },
});
const count = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const reps = count('reps', values.reps);
const perRep = count('customers', values.customers);
const runs = count('runs', values.runs);
const capacity = count('capacity', values.capacity);
const [year, month] = (values.month ?? '').split('-').map(Number) as [number, number];

const calendar = workingCalendar();
const seats = Object.values(COUNTY_SEATS).filter((s) => s.kind !== 'urban').map((s) => s.seat);
const requests: MonthlyPlanRequest[] = Array.from({ length: reps }, (_, r) => {
  const territory = randomTerritory({ customers: perRep, seed: 1000 + r, seat: seats[r % seats.length], withoutLocation: 0.02 });
  return { year, month, calendar, customers: territory.customers, start: territory.seat, mode: 'motorbike', dailyCapacity: capacity };
});

function planAll(): { plans: MonthlyPlan[]; perRepMs: number[]; totalMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const perRepMs: number[] = [];
  const plans = requests.map((request) => {
    const t = performance.now();
    const answer = generateMonthlyPlan(request);
    perRepMs.push(performance.now() - t);
    if (!answer.ok) throw new Error(answer.error.en);
    return answer.value;
  });
  const used = process.cpuUsage(cpu);
  return { plans, perRepMs, totalMs: performance.now() - began, cpuMs: (used.user + used.system) / 1000 };
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const load = loadavg();
generateMonthlyPlan(requests[0]!); // warm-up
const results = Array.from({ length: runs }, (_, i) => {
  const r = planAll();
  console.error(`run ${i + 1}: ${f(r.totalMs)} ms`);
  return r;
});
const allRepMs = results.flatMap((r) => r.perRepMs);
const plans = results[0]!.plans;
const sum = (pick: (p: MonthlyPlan) => number) => plans.reduce((n, p) => n + pick(p), 0);
const required = sum((p) => p.totals.required);
const days = sum((p) => p.days.length);

console.log(`### Monthly visit plans (${reps} reps × ${perRep} customers, ${values.month}, capacity ${capacity} a day)

\`npx tsx bench/visit-plans.ts --reps ${reps} --customers ${perRep} --runs ${runs} --month ${values.month} --capacity ${capacity}\` on ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores), Node ${process.version}, load average before ${load.map((l) => l.toFixed(2)).join(' / ')}.

| measure | value |
|---|---|
| whole batch, median of ${runs} runs (min–max) | ${f(median(results.map((r) => r.totalMs)))} ms (${f(Math.min(...results.map((r) => r.totalMs)))}–${f(Math.max(...results.map((r) => r.totalMs)))}) |
| whole batch CPU time, median | ${f(median(results.map((r) => r.cpuMs)))} ms |
| one rep, median / p95 / max (all runs) | ${f(median(allRepMs))} / ${f(percentile(allRepMs, 95))} / ${f(Math.max(...allRepMs))} ms |
| contacts required | ${required} (${f(required / reps)} a rep) |
| planned visits / calls / unplaced | ${sum((p) => p.totals.visits)} / ${sum((p) => p.totals.phoneCalls)} / ${sum((p) => p.totals.unplaced)} |
| working days planned, visits a day | ${days}, ${(sum((p) => p.totals.visits) / days).toFixed(2)} |
| straight-line km a day (mean) | ${(sum((p) => p.totals.metres) / days / 1000).toFixed(1)} |
`);
