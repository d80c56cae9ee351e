import { toHalfWidth } from './half-width';
import { LIST_FIELDS, defaultHeaderOf, type ImportField } from './import-columns';

/** A cell's text and the header it came from. */
export interface Cell {
  header: string;
  text: string;
}

const LIST_SEPARATORS = /[,，;；、/\n\r]+/;

/** The non-blank cells of a row by field: ASCII for full-width forms, trimmed, list cells split. */
export class RowCells {
  private readonly byField = new Map<ImportField, Cell[]>();

  constructor(
    private readonly columns: Readonly<Record<string, ImportField>>,
    cells: Readonly<Record<string, string>>,
  ) {
    for (const [header, raw] of Object.entries(cells)) {
      const field = columns[header];
      const text = toHalfWidth(raw ?? '').trim();
      if (!field || text === '') continue;
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

  /** The column a problem with `field` belongs to: where the value was, else the mapped header, else the default one. */
  headerOf(field: ImportField): string {
    return this.first(field)?.header ?? Object.keys(this.columns).find((h) => this.columns[h] === field) ?? defaultHeaderOf(field);
  }
}
