/** The little of fontkit (a dependency of pdfkit) that the PDF fonts use. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { commands: { command: string; args: number[] }[] };
  }
  export interface Font {
    numGlyphs: number;
    unitsPerEm: number;
    variationAxes: Record<string, { name: string; min: number; default: number; max: number }>;
    stream: object;
    getGlyph(id: number): Glyph;
    layout(text: string): { glyphs: Glyph[] };
    createSubset(): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
