import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';
import { splitRuns, type FontSubset } from './font-subsets';
import { encodeSimpleGlyph } from './truetype-glyph';

/**
 * Noto Sans SC subsets as fonts pdfkit embeds (only the glyphs used), at a fixed weight.
 *
 * The variable font's default instance is Thin (wght 100), so each subset is opened at the wanted weight; and
 * because pdfkit would copy WOFF2's transformed glyph bytes (unreadable, blank pages), each glyph is written
 * again from its outline at that weight (truetype-glyph.ts). Loaded fonts are kept for the process: opening one
 * subset costs a few milliseconds, and a statement uses a handful of subsets.
 */
export type FontWeight = 400 | 700;

interface FontkitPoint {
  x: number;
  y: number;
  onCurve: boolean;
  endContour: boolean;
  copy(): FontkitPoint;
}

interface VariedFont extends fontkit.Font {
  _variationProcessor: { transformPoints(gid: number, points: FontkitPoint[]): void } | null;
}

interface SubsetInternals {
  font: VariedFont;
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

/**
 * The glyph's contours at the font's weight. WOFF2 glyphs come decoded without the variation applied (fontkit
 * applies gvar only when it parses a plain glyf table), so the deltas are applied here, as fontkit does for TTF.
 */
function variedContours(font: VariedFont, gid: number): FontkitPoint[][] {
  const glyph = font.getGlyph(gid) as unknown as { _decode(): { points?: FontkitPoint[] } | null };
  const decoded = glyph._decode();
  if (!decoded?.points?.length) return [];
  const points = decoded.points.map((p) => p.copy());
  const processor = font._variationProcessor;
  if (processor) {
    // Four phantom points (their own contours) as the variation expects; only the outline's points are kept.
    const phantom = [0, 1, 2, 3].map(() => Object.assign(points[0]!.copy(), { x: 0, y: 0, onCurve: false, endContour: true }));
    processor.transformPoints(gid, [...points, ...phantom]);
  }
  const contours: FontkitPoint[][] = [[]];
  for (const p of points) {
    contours[contours.length - 1]!.push(p);
    if (p.endContour) contours.push([]);
  }
  return contours;
}

function addGlyph(this: SubsetInternals, gid: number): number {
  const { bytes, xMin } = encodeSimpleGlyph(variedContours(this.font, gid));
  // Long offsets: the glyphs are written without compression, so short (÷2, < 128 KiB) ones could overflow.
  this.loca.version = 1;
  this.glyf.push(bytes);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: Math.round(this.font.getGlyph(gid).advanceWidth), bearing: xMin });
  this.offset += bytes.length;
  return this.glyf.length - 1;
}

const fonts = new Map<string, VariedFont>();

function openSubset(subset: FontSubset, weight: FontWeight): VariedFont {
  const buffer = readFileSync(subset.file);
  const base = fontkit.create(buffer);
  const coords = Object.entries(base.variationAxes).map(([tag, axis]) => (tag === 'wght' ? Math.min(axis.max, Math.max(axis.min, weight)) : axis.default));
  // What fontkit's getVariation does, which it cannot do for WOFF2: the same font class on a fresh stream, with coordinates.
  const Stream = base.stream.constructor as new (b: Uint8Array) => object;
  const Font = base.constructor as new (stream: object, coords: number[]) => VariedFont;
  const font = new Font(new Stream(buffer), coords);
  // Every subset file and weight is named NotoSansSC-Thin inside; pdfkit would take two weights of one file for the
  // same font and reuse the first. A name of its own per subset and weight keeps them apart (and reads well in the PDF).
  Object.defineProperty(font, 'postscriptName', { value: fontName(subset, weight) });
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const s = createSubset() as SubsetInternals & { _addGlyph: typeof addGlyph };
    s._addGlyph = addGlyph;
    return s;
  };
  return font;
}

function fontName(subset: FontSubset, weight: FontWeight): string {
  return `NotoSansSC-${weight === 700 ? 'Bold' : 'Regular'}-${subset.key}`;
}

export function subsetFont(subset: FontSubset, weight: FontWeight): VariedFont {
  const id = `${weight}:${subset.key}`;
  let font = fonts.get(id);
  if (!font) fonts.set(id, (font = openSubset(subset, weight)));
  return font;
}

/**
 * Does once, ahead of a PDF, what embedding a subset's first glyph costs: opening the subset at the weight, decompressing
 * its WOFF2 tables and reading the weight's variation deltas (by rewriting one glyph). For the warm-up at start.
 */
export function prepareSubsetFont(subset: FontSubset, weight: FontWeight): void {
  const font = subsetFont(subset, weight);
  if (font.numGlyphs > 1) variedContours(font, 1);
}

type Doc = InstanceType<typeof PDFDocument>;

/** Selects the font of this subset and weight on the document (registered once per document under its own name). */
export function useFont(doc: Doc, subset: FontSubset, weight: FontWeight): void {
  const name = fontName(subset, weight);
  const registered = (doc as unknown as { _registeredFonts: Record<string, unknown> })._registeredFonts;
  if (!registered[name]) doc.registerFont(name, subsetFont(subset, weight) as unknown as string);
  doc.font(name);
}

/** The width of the text in points at the given size and weight. */
export function textWidth(doc: Doc, text: string, size: number, weight: FontWeight): number {
  let width = 0;
  for (const run of splitRuns(text)) {
    useFont(doc, run.subset, weight);
    width += doc.fontSize(size).widthOfString(run.text);
  }
  return width;
}
