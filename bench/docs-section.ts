import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes one benchmark's section into docs/benchmarks.md between `<!-- bench:<key>:begin -->` and
 * `<!-- bench:<key>:end -->`, replacing the previous figures, or appends it at the end the first time.
 * The file is read just before it is written, so sections other benchmarks wrote meanwhile stay.
 */
export function writeBenchmarkSection(file: string, key: string, section: string): void {
  const begin = `<!-- bench:${key}:begin -->`;
  const end = `<!-- bench:${key}:end -->`;
  const block = `${begin}\n${section.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nFigures measured by the scripts in `bench/`; each section says how to reproduce it.\n';
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
