import type PDFDocument from 'pdfkit';
import { splitRuns } from './font-subsets';
import { textWidth, useFont, type FontWeight } from './pdf-fonts';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  align?: 'left' | 'right' | 'center';
  /** The box the text is aligned in (from x); needed for right and center. */
  width?: number;
}

/** One line of text (any mix of Chinese and Latin) with its top-left at x, y; nothing wraps. */
export function drawLine(doc: Doc, text: string, x: number, y: number, style: TextStyle): void {
  const weight = style.weight ?? 400;
  let cx = x;
  if (style.width !== undefined && style.align && style.align !== 'left') {
    const free = style.width - textWidth(doc, text, style.size, weight);
    cx += style.align === 'right' ? free : free / 2;
  }
  for (const run of splitRuns(text)) {
    useFont(doc, run.subset, weight);
    doc.fontSize(style.size).text(run.text, cx, y, { lineBreak: false });
    cx += doc.widthOfString(run.text);
  }
}

/**
 * The text broken into lines no wider than `width`: Chinese may break between any two characters, Latin words
 * at spaces (a word longer than the line is cut). Explicit newlines are kept.
 */
export function wrapLines(doc: Doc, text: string, width: number, size: number, weight: FontWeight = 400): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const ch of paragraph) {
      const next = line + ch;
      if (line === '' || textWidth(doc, next, size, weight) <= width) {
        line = next;
        continue;
      }
      const space = line.lastIndexOf(' ');
      const latinWord = /[A-Za-z0-9]$/.test(line) && /[A-Za-z0-9]/.test(ch) && space > 0;
      if (latinWord) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line);
        line = ch === ' ' ? '' : ch;
      }
    }
    lines.push(line);
  }
  return lines;
}
