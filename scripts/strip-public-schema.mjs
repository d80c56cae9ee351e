// drizzle-kit writes `"public".` into foreign keys; Keqing's migrations must follow search_path so that
// the same SQL can build a schema per test file on PostgreSQL. Run after `drizzle-kit generate`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'src/server/db/migrations';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replaceAll('"public".', '');
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`stripped "public". from ${file}`);
  }
}
