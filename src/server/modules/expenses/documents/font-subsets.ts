import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans SC as @fontsource-variable/noto-sans-sc ships it: about a hundred woff2 files, each holding the glyphs of
 * one unicode-range (unicode.json). A PDF needs the file that holds each character, so text is cut into runs of
 * characters that share a file. The package comes from npm, so the PDF renders the same on any machine (no OS fonts).
 */
const PACKAGE = '@fontsource-variable/noto-sans-sc';

export interface FontSubset {
  /** The subset's key in unicode.json without brackets: "latin", "119", … */
  key: string;
  file: string;
}

export interface TextRun {
  subset: FontSubset;
  text: string;
}

interface Range {
  from: number;
  to: number;
  subset: FontSubset;
}

/** Latin first, so ASCII digits and letters always come from one file; then the package's order. */
const PREFERRED = ['latin', 'latin-ext'];

function parseRanges(spec: string): { from: number; to: number }[] {
  return spec.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const from = Number.parseInt(a!, 16);
    return { from, to: b ? Number.parseInt(b, 16) : from };
  });
}

let table: { ranges: Range[]; fallback: FontSubset } | null = null;

function packageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${PACKAGE}/package.json`));
}

function loadTable(): { ranges: Range[]; fallback: FontSubset } {
  if (table) return table;
  const dir = packageDir();
  const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const keys = Object.keys(unicode).map((k) => k.replace(/^\[|\]$/g, ''));
  const ordered = [...PREFERRED.filter((k) => keys.includes(k)), ...keys.filter((k) => !PREFERRED.includes(k))];
  const ranges: Range[] = [];
  for (const key of ordered) {
    const spec = unicode[key] ?? unicode[`[${key}]`]!;
    const subset = { key, file: join(dir, 'files', `noto-sans-sc-${key}-wght-normal.woff2`) };
    for (const r of parseRanges(spec)) ranges.push({ ...r, subset });
  }
  table = { ranges, fallback: ranges[0]!.subset };
  return table;
}

const byCodePoint = new Map<number, FontSubset | null>();

/** The subset holding this character, or null when the font has none. */
export function subsetOf(codePoint: number): FontSubset | null {
  const known = byCodePoint.get(codePoint);
  if (known !== undefined) return known;
  const found = loadTable().ranges.find((r) => codePoint >= r.from && codePoint <= r.to)?.subset ?? null;
  byCodePoint.set(codePoint, found);
  return found;
}

/**
 * The text cut into runs, each drawn with one subset's font. A character the font does not have is replaced by
 * "?" (drawn with the Latin subset) rather than silently dropped.
 */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    let subset = subsetOf(ch.codePointAt(0)!);
    let glyph = ch;
    if (!subset) {
      subset = loadTable().fallback;
      glyph = '?';
    }
    const last = runs[runs.length - 1];
    if (last && last.subset.key === subset.key) last.text += glyph;
    else runs.push({ subset, text: glyph });
  }
  return runs;
}
