/**
 * CSV as Excel and WPS in China write and read it: RFC 4180 quoting (doubled quotes, delimiters and
 * line breaks inside quotes), CRLF, LF or CR line ends; UTF-8 with or without a BOM, UTF-16 with a BOM
 * ("Unicode 文本", tab-separated), or GB18030/GBK (what "CSV (逗号分隔)" gives on a Chinese Windows).
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The text of a CSV file: by its BOM, else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const DELIMITERS = [',', '\t', ';'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** The delimiter of the first record: the one of , tab ; that occurs most often outside quotes (comma on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), DELIMITERS[0]);
}

/**
 * The records of a CSV text, each an array of cells. A quote opens a quoted cell only at the start of a cell;
 * inside it "" is one quote and delimiters and line breaks are text. Blank lines give records with one empty
 * cell, so that the record index + 1 is the row number a spreadsheet shows. A final line break ends the last
 * record without starting another.
 */
export function parseCsv(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  const endCell = () => {
    record.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || record.length > 0 || quoted || !atCellStart) endRecord();
  return records;
}

/** Cells a spreadsheet would run as a formula (=, +, -, @ first) unless they are plain numbers. */
const FORMULA_START = /^[=+\-@]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A cell's text made safe for a spreadsheet: text that would start a formula gets a leading apostrophe
 * (CSV injection); unescapeCell takes it off again when the file comes back.
 */
export function escapeCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV record: cells quoted when they hold a delimiter, a quote, a line break or outer spaces; formulas escaped. */
export function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells
    .map((raw) => {
      const cell = escapeCell(raw);
      return /["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
    })
    .join(delimiter);
}

/** What a CSV export starts with, so that Excel reads it as UTF-8. */
export const CSV_BOM = '\uFEFF';
