import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = 'dist/web/index.html';
const SOURCES = ['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** True when dist/web exists and is newer than every source it is built from. */
export function webBuildIsFresh() {
  if (!existsSync(OUTPUT)) return false;
  const built = statSync(OUTPUT).mtimeMs;
  return SOURCES.filter((s) => existsSync(s)).every((s) => newest(s) <= built);
}
