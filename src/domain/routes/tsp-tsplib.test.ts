import { describe, expect, it } from 'vitest';
import { loadTsplibCases } from '../../../test/helpers/tsplib-files';
import { solveTsp } from './tsp';

/**
 * The acceptance: on the TSPLIB instances in ../shared/data/tsplib the optimiser comes within 1% of
 * the optimal length on average and within 3% on every instance, and solves 100 stops in under a second.
 */
const cases = loadTsplibCases();

describe('route optimiser on TSPLIB', () => {
  it('finds the shared instances, and their optima agree with the tour files and the comments', () => {
    expect(cases.map((c) => c.name)).toEqual(['berlin52', 'eil51', 'eil76', 'kroA100', 'pr76']);
    for (const c of cases) {
      if (c.optTourLength !== undefined) expect(c.optTourLength, c.name).toBe(c.optimum);
      const stated = /optimal tour length (\d+)/.exec(c.instance.comment);
      if (stated) expect(Number(stated[1]), c.name).toBe(c.optimum);
    }
    expect(cases.filter((c) => c.optTourLength !== undefined).map((c) => c.name)).toEqual(['berlin52', 'pr76']);
  });

  it('is within 3% of the optimum on each instance and within 1% on average', () => {
    const gaps = cases.map((c) => {
      const solution = solveTsp(c.matrix, { start: 0 });
      const gap = solution.length / c.optimum - 1;
      expect(solution.length, c.name).toBeGreaterThanOrEqual(c.optimum);
      expect(gap, `${c.name}: ${solution.length} against ${c.optimum}`).toBeLessThanOrEqual(0.03);
      return gap;
    });
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeLessThanOrEqual(0.01);
  });

  it('solves 100 stops in well under a second', () => {
    const kroA100 = cases.find((c) => c.name === 'kroA100')!;
    expect(kroA100.matrix.size).toBe(100);
    const times = [1, 2, 3].map((seed) => {
      const began = performance.now();
      solveTsp(kroA100.matrix, { start: 0 }, { seed });
      return performance.now() - began;
    });
    expect(times.sort((a, b) => a - b)[1]).toBeLessThan(1000);
  });
});
