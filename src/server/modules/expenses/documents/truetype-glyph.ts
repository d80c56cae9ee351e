/**
 * One TrueType simple glyph ('glyf' table entry) written from its contours of on-curve and control points.
 * When fontkit subsets a WOFF2 font it copies WOFF2's transformed glyph bytes, which no PDF viewer can read (blank
 * pages), and its own re-encoder for variable fonts fails (fontkit 2.0.4 with restructure 3). So the PDF fonts write
 * each glyph here: no hinting instructions, coordinates rounded to whole font units.
 */
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

/** A point of a glyph outline in font units: on the curve, or a quadratic control point. */
export interface OutlinePoint {
  x: number;
  y: number;
  onCurve: boolean;
}

export interface EncodedGlyph {
  bytes: Uint8Array;
  /** The left side bearing to write in hmtx: the outline's smallest x. */
  xMin: number;
}

/** The glyph's bytes, padded to a multiple of 4; empty for a glyph without outline (a space). */
export function encodeSimpleGlyph(outline: readonly (readonly OutlinePoint[])[]): EncodedGlyph {
  const contours = outline.filter((c) => c.length > 0).map((c) => c.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y), on: p.onCurve })));
  const points = contours.flat();
  if (points.length === 0) return { bytes: new Uint8Array(0), xMin: 0 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xMin = Math.min(...xs);

  const flags: number[] = [];
  const xBytes: number[] = [];
  const yBytes: number[] = [];
  const delta = (d: number, out: number[], short: number, same: number): number => {
    if (d === 0) return same;
    if (Math.abs(d) <= 255) {
      out.push(Math.abs(d));
      return short | (d > 0 ? same : 0);
    }
    out.push((d >> 8) & 0xff, d & 0xff);
    return 0;
  };
  let lastX = 0;
  let lastY = 0;
  for (const p of points) {
    let flag = p.on ? ON_CURVE : 0;
    flag |= delta(p.x - lastX, xBytes, X_SHORT, X_SAME_OR_POSITIVE);
    flag |= delta(p.y - lastY, yBytes, Y_SHORT, Y_SAME_OR_POSITIVE);
    flags.push(flag);
    lastX = p.x;
    lastY = p.y;
  }

  const size = 10 + 2 * contours.length + 2 + flags.length + xBytes.length + yBytes.length;
  const bytes = new Uint8Array(size + ((4 - (size % 4)) % 4));
  const view = new DataView(bytes.buffer);
  let pos = 0;
  const int16 = (v: number) => {
    view.setInt16(pos, v);
    pos += 2;
  };
  int16(contours.length);
  int16(xMin);
  int16(Math.min(...ys));
  int16(Math.max(...xs));
  int16(Math.max(...ys));
  let end = -1;
  for (const c of contours) {
    end += c.length;
    view.setUint16(pos, end);
    pos += 2;
  }
  int16(0); // no instructions
  for (const list of [flags, xBytes, yBytes]) {
    bytes.set(list, pos);
    pos += list.length;
  }
  return { bytes, xMin };
}
