import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { RunResult } from './server-run';

export interface ScenarioResult {
  label: string;
  runs: RunResult[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Medians {
  startMs: number;
  rssHealthyMb: number;
  rssAfterMeMb: number;
}

const medians = (runs: RunResult[]): Medians => ({
  startMs: median(runs.map((r) => r.startMs)),
  rssHealthyMb: median(runs.map((r) => r.rssHealthyMb)),
  rssAfterMeMb: median(runs.map((r) => r.rssAfterMeMb)),
});

const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;
const range = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

/** The results as a markdown table, each figure also as a multiple of the baseline's. */
export function markdownTable(baseline: ScenarioResult, scenarios: ScenarioResult[]): string {
  const base = medians(baseline.runs);
  const rows = [
    '| Server | Start → first 200 /api/health (min–max) | × baseline | RSS when healthy | × baseline | RSS after 20 × /api/auth/me | × baseline | /api/auth/me |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const s of [baseline, ...scenarios]) {
    const m = medians(s.runs);
    const status = [...new Set(s.runs.map((r) => r.meStatus))].join('/');
    rows.push(
      `| ${s.label} | ${Math.round(m.startMs)} ms (${range(s.runs.map((r) => r.startMs))}) | ${ratio(m.startMs, base.startMs)} | ${m.rssHealthyMb.toFixed(0)} MB | ${ratio(m.rssHealthyMb, base.rssHealthyMb)} | ${m.rssAfterMeMb.toFixed(0)} MB | ${ratio(m.rssAfterMeMb, base.rssAfterMeMb)} | ${status} |`,
    );
  }
  return rows.join('\n');
}

const BEGIN = '<!-- bench:startup:begin -->';
const END = '<!-- bench:startup:end -->';

/** Writes the section into the benchmarks document, replacing the previous one (or appending it). */
export function writeSection(file: string, section: string): void {
  const block = `${BEGIN}\n${section.trim()}\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nFigures measured by the scripts in `bench/`; each section says how to reproduce it.\n';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + END.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
