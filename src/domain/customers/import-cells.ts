import { unescapeCell } from './csv';
import { toHalfWidth } from './half-width';
import { LIST_FIELDS, defaultHeaderOf, type ImportField } from './import-columns';

/** A cell's text and the header it came from. */
export interface Cell {
  header: string;
  text: string;
}

const LIST_SEPARATORS = /[,，;；、/\n\r]+/;

/** Codes and numbers, read in ASCII whatever width they were typed in; names and free text stay as written. */
const ASCII_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['id', 'externalCode', 'creditCode', 'phones', 'regionCode', 'lng', 'lat', 'datum']);

/**
 * The non-blank cells of a row by field: trimmed, codes and numbers in ASCII for full-width forms, the
 * apostrophe an export puts before formula-like text taken off, list cells split.
 */
export class RowCells {
  private readonly byField = new Map<ImportField, Cell[]>();

  constructor(
    private readonly columns: Readonly<Record<string, ImportField>>,
    cells: Readonly<Record<string, string>>,
  ) {
    for (const [header, raw] of Object.entries(cells)) {
      const field = columns[header];
      if (!field) continue;
      const text = unescapeCell(ASCII_FIELDS.has(field) ? toHalfWidth(raw ?? '').trim() : (raw ?? '').trim());
      if (text === '') continue;
      const parts = LIST_FIELDS.has(field) ? text.split(LIST_SEPARATORS).map((t) => t.trim()).filter(Boolean) : [text];
      this.byField.set(field, [...this.all(field), ...parts.map((t) => ({ header, text: t }))]);
    }
  }

  all(field: ImportField): Cell[] {
    return this.byField.get(field) ?? [];
  }

  first(field: ImportField): Cell | undefined {
    return this.all(field)[0];
  }

  text(field: ImportField): string | undefined {
    return this.first(field)?.text;
  }

  has(field: ImportField): boolean {
    return this.byField.has(field);
  }

  /** The column a problem with `field` belongs to: where the value was, else the mapped header, else the default one. */
  headerOf(field: ImportField): string {
    return this.first(field)?.header ?? Object.keys(this.columns).find((h) => this.columns[h] === field) ?? defaultHeaderOf(field);
  }
}
