/** The results as markdown: per database, each case's API figures next to the bare SQL's, and the memory. */
import type { Measurement } from '../customers-search/latency';
import type { DatabaseResult, MemoryResult } from './measure';

const ms = (x: number) => (x === Infinity ? '∞' : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const pair = (m: Measurement) => `${ms(m.p50)} / ${ms(m.p95)}`;
const ratio = (api: number, bare: number) => (Number.isFinite(api / bare) && bare > 0 ? `${(api / bare).toFixed(2)}` : '—');
/** ✓ under the target, ⚠ at or over it. */
const target = (p50: number, targetMs: number) => (p50 < targetMs ? '✓' : '⚠');

export function casesTable(result: DatabaseResult, targetMs: number): string {
  const rows = [
    '| As / scope | Customers in scope | Graded A / B / C | API first request ms | API p50 / p95 ms | Bare SQL p50 / p95 ms | API ÷ bare (p50) | API ÷ bare (p95) | API under target |',
    '| :-- | --: | --: | --: | --: | --: | --: | --: | :-: |',
  ];
  for (const r of result.cases) {
    const p = r.population;
    const mix = `${p.mix.join(' / ')}${r.mismatch ? ` ⚠ ${r.mismatch}` : ''}`;
    rows.push(`| ${r.c.label} | ${p.customers.toLocaleString('en')} | ${mix} | ${ms(r.firstMs)} | **${pair(r.api)}** | ${pair(r.bare)} | ${ratio(r.api.p50, r.bare.p50)} | ${ratio(r.api.p95, r.bare.p95)} | ${target(r.api.p50, targetMs)} |`);
    if (r.concurrent) {
      const { clients, api, bare } = r.concurrent;
      rows.push(
        `| ↳ same, ${clients} concurrent clients (req/s: API ${api.rps.toFixed(1)}, SQL ${bare.rps.toFixed(1)}) | | | | ${pair(api)} | ${pair(bare)} | ${ratio(api.p50, bare.p50)} | ${ratio(api.p95, bare.p95)} | |`,
      );
    }
  }
  return rows.join('\n');
}

const mb = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} MB` : '—');

export function memoryTable(memory: MemoryResult[]): string {
  const rows = ['| Process | RSS before → after | Peak RSS during | Heap before → after | Peak heap during | Outside the heap (buffers, WebAssembly) after |', '| :-- | --: | --: | --: | --: | --: |'];
  for (const m of memory) {
    rows.push(`| ${m.label} | ${mb(m.before.rssMb)} → ${mb(m.after.rssMb)} | ${mb(m.after.peakRssMb)} | ${mb(m.before.heapMb)} → ${mb(m.after.heapMb)} | ${mb(m.after.peakHeapMb)} | ${mb(m.after.externalMb)} |`);
  }
  return rows.join('\n');
}

export const loadText = (loads: number[][]) => loads.map((l) => l.map((x) => x.toFixed(1)).join(' ')).join(' → ');
