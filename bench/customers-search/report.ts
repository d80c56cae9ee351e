/** The results as markdown: one table per database, each API figure next to its bare-SQL baseline. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Cell, DatabaseResult } from './measure';
import { median, type Measurement } from './latency';

const ms = (x: number) => (x === Infinity ? '∞' : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const medianOf = (runs: Measurement[], pick: (m: Measurement) => number) => median(runs.map(pick));

function figures(cell: Cell | undefined): string[] {
  if (!cell) return ['—', '—', '—', '—'];
  const api = { p50: medianOf(cell.http, (m) => m.p50), p95: medianOf(cell.http, (m) => m.p95), rps: medianOf(cell.http, (m) => m.rps) };
  const bare = { p50: medianOf(cell.sql, (m) => m.p50), p95: medianOf(cell.sql, (m) => m.p95) };
  const p95s = cell.http.map((m) => m.p95);
  const mark = api.p95 < 100 ? '' : ' ⚠';
  return [
    `${ms(api.p50)} / **${ms(api.p95)}**${mark} (${ms(Math.min(...p95s))}–${ms(Math.max(...p95s))})`,
    `${ms(bare.p50)} / ${ms(bare.p95)}`,
    Number.isFinite(api.p95 / bare.p95) ? `${(api.p95 / bare.p95).toFixed(1)}×` : '—',
    `${Math.round(api.rps)}`,
  ];
}

export function databaseTable(result: DatabaseResult, levels: number[]): string {
  const header = ['Query', 'As', 'Matches', 'SQL statements'];
  const align = [':--', ':--', '--:', '--:'];
  for (const c of levels) {
    header.push(`${c} clients: API p50 / **p95** (p95 range)`, `${c}: SQL p50 / p95`, `${c}: API ÷ SQL p95`, `${c}: API req/s`);
    align.push('--:', '--:', '--:', '--:');
  }
  const rows = [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`];
  const groups = new Map<string, Cell[]>();
  for (const cell of result.cells) {
    const k = `${cell.c.id}:${cell.role.key}`;
    groups.set(k, [...(groups.get(k) ?? []), cell]);
  }
  for (const cells of groups.values()) {
    const first = cells[0]!;
    const page = first.page === first.c.page ? '' : ` (page ${first.page} is the last)`;
    const row = [first.c.label, first.role.label, `${first.matches.toLocaleString('en')}${page}`, String(first.statements)];
    for (const c of levels) row.push(...figures(cells.find((x) => x.concurrency === c)));
    rows.push(`| ${row.join(' | ')} |`);
  }
  return rows.join('\n');
}

export const loadText = (loads: number[][]) => loads.map((l) => l.map((x) => x.toFixed(1)).join(' ')).join('; ');

const BEGIN = '<!-- bench:customers-search:begin -->';
const END = '<!-- bench:customers-search:end -->';

/** Writes the section between its markers in the benchmarks document, replacing the previous one or appending it. */
export function writeSection(file: string, section: string): void {
  const block = `${BEGIN}\n${section.trim()}\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + END.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
