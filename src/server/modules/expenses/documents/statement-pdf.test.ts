import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sampleStatement } from './sample-documents.test-data';
import { renderStatementPdf } from './statement-pdf';

/** Every stream of the PDF, inflated. */
function streams(pdf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const text = pdf.toString('latin1');
  const re = /(?<!end)stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)));
    } catch {
      out.push(pdf.subarray(start, end));
    }
    re.lastIndex = end;
  }
  return out;
}

/** The characters the fonts' ToUnicode maps name: what a viewer extracts when text is copied or searched. */
function extractableCharacters(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  for (const s of streams(pdf)) {
    const text = s.toString('latin1');
    if (!text.includes('beginbfrange') && !text.includes('beginbfchar')) continue;
    for (const m of text.matchAll(/<([0-9a-fA-F]{4,})>/g)) {
      const hex = m[1]!;
      for (let i = 0; i + 4 <= hex.length; i += 4) chars.add(String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16)));
    }
  }
  return chars;
}

describe('statement PDF', () => {
  it('is a PDF with the embedded Noto Sans SC subsets, regular and bold, whose glyphs have outlines', async () => {
    const pdf = await renderStatementPdf(sampleStatement(3));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular-/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold-/);
    expect(text).toContain('/FontFile2');
    // The embedded fonts are readable TrueType with real outlines (WOFF2's transformed bytes would not be).
    const fonts = streams(pdf)
      .filter((s) => s.subarray(0, 4).toString('latin1') === 'true')
      .map((s) => fontkit.create(s));
    expect(fonts.length).toBeGreaterThan(2);
    const outlined = fonts.map((f) => Array.from({ length: f.numGlyphs }, (_, i) => f.getGlyph(i)).filter((g) => g.path.commands.length > 0).length);
    expect(outlined.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  });

  it('can be searched: the title, names, amounts in ¥ and the reviewers are in its text maps', async () => {
    const chars = extractableCharacters(await renderStatementPdf(sampleStatement(3)));
    for (const expected of ['月客户采购及客情费统计表', '中牟县人民医院', 'Kangtai Pharmacy', '¥12,345.67', '合计', '刘燕', '赵刚', '未签', '销售部经理']) {
      const missing = [...expected].filter((c) => c !== ' ' && !chars.has(c));
      expect(missing, expected).toEqual([]);
    }
  });

  it('runs over pages with the table header again, and keeps the reviewers on the last page', async () => {
    const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages(await renderStatementPdf(sampleStatement(3)))).toBe(1);
    expect(pages(await renderStatementPdf(sampleStatement(60)))).toBe(3);
  });
});
