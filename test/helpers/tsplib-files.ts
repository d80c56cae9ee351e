import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DistanceMatrix } from '../../src/domain/routes/distance-matrix';
import { orderLength } from '../../src/domain/routes/distance-matrix';
import { parseTsplib, parseTsplibTour, tsplibMatrix, type TsplibInstance } from '../../src/domain/routes/tsplib';

/**
 * The TSPLIB instances shared by the projects (`../shared/data/tsplib` from the repository), for the
 * route optimiser's tests and benchmark. `TSPLIB_DIR` overrides the place; otherwise every folder above
 * this file is tried for `shared/data/tsplib`, so a checkout elsewhere next to `shared/` works too.
 */
export function tsplibDirectory(): string {
  const override = process.env.TSPLIB_DIR;
  if (override) return resolve(override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'data', 'tsplib');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('TSPLIB instances not found: no shared/data/tsplib above the repository; set TSPLIB_DIR');
    dir = parent;
  }
}

/** The optimal tour lengths published with TSPLIB (also in shared/data/README.md). */
export const PUBLISHED_OPTIMA: Record<string, number> = { eil51: 426, berlin52: 7542, eil76: 538, pr76: 108159, kroA100: 21282 };

export interface TsplibCase {
  name: string;
  instance: TsplibInstance;
  matrix: DistanceMatrix;
  /** The published optimum; where an .opt.tour file exists, its length in the same metric must agree. */
  optimum: number;
  /** Length of the .opt.tour file's tour, if there is one. */
  optTourLength?: number;
}

export function loadTsplibCases(): TsplibCase[] {
  const dir = tsplibDirectory();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.tsp'))
    .map((f) => f.slice(0, -'.tsp'.length))
    .sort();
  return names.map((name) => {
    const instance = parseTsplib(readFileSync(join(dir, `${name}.tsp`), 'utf8'));
    const matrix = tsplibMatrix(instance);
    const tourFile = join(dir, `${name}.opt.tour`);
    const optTourLength = existsSync(tourFile) ? orderLength(matrix, parseTsplibTour(readFileSync(tourFile, 'utf8'), instance), true) : undefined;
    const optimum = PUBLISHED_OPTIMA[name] ?? optTourLength;
    if (optimum === undefined) throw new Error(`${name}: no published optimum and no .opt.tour file`);
    return { name, instance, matrix, optimum, optTourLength };
  });
}
