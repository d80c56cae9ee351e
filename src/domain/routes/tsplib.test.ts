import { describe, expect, it } from 'vitest';
import { distanceBetween, orderLength } from './distance-matrix';
import { parseTsplib, parseTsplibTour, TsplibFormatError, tsplibDistance, tsplibMatrix } from './tsplib';

const SAMPLE = [
  'NAME: square5',
  'COMMENT : four corners and a centre',
  'TYPE : TSP',
  'DIMENSION: 5',
  'EDGE_WEIGHT_TYPE : EUC_2D',
  'NODE_COORD_SECTION',
  '1 0.0 0.0',
  '2 3.0e1 0',
  '3   30   40',
  '4 0 40',
  '5 15.0 20.0',
  'EOF',
  '',
].join('\r\n');

describe('parseTsplib', () => {
  it('reads the header and the coordinates, whatever the spacing, line ends and number notation', () => {
    const instance = parseTsplib(SAMPLE);
    expect(instance).toMatchObject({ name: 'square5', comment: 'four corners and a centre', dimension: 5, metric: 'EUC_2D' });
    expect(instance.nodes[1]).toEqual({ id: 2, x: 30, y: 0 });
    expect(instance.nodes.map((n) => n.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('builds the matrix in the instance metric', () => {
    const m = tsplibMatrix(parseTsplib(SAMPLE));
    expect(distanceBetween(m, 0, 2)).toBe(50);
    expect(distanceBetween(m, 2, 0)).toBe(50);
    expect(distanceBetween(m, 0, 4)).toBe(25);
    expect(distanceBetween(m, 3, 3)).toBe(0);
  });

  it.each([
    ['a missing node', SAMPLE.replace('4 0 40\r\n', ''), /DIMENSION is 5 but 4 nodes/],
    ['a repeated node', SAMPLE.replace('4 0 40', '3 0 40'), /line 10: node 3 appears twice/],
    ['a bad number', SAMPLE.replace('4 0 40', '4 0 4o'), /line 10: y "4o" is not a number/],
    ['a short coordinate line', SAMPLE.replace('4 0 40', '4 0'), /line 10: expected "id x y"/],
    ['an explicit matrix', SAMPLE.replace('EUC_2D', 'EXPLICIT'), /EDGE_WEIGHT_TYPE EXPLICIT is not supported/],
    ['another problem type', SAMPLE.replace('TYPE : TSP', 'TYPE : ATSP'), /TYPE ATSP is not supported/],
    ['no dimension', SAMPLE.replace('DIMENSION: 5', 'DIMENSION: five'), /DIMENSION "five"/],
    ['another section', SAMPLE.replace('NODE_COORD_SECTION', 'DISPLAY_DATA_SECTION'), /DISPLAY_DATA_SECTION is not supported/],
  ])('refuses %s and says where', (_what, text, message) => {
    expect(() => parseTsplib(text)).toThrow(TsplibFormatError);
    expect(() => parseTsplib(text)).toThrow(message);
  });
});

describe('TSPLIB metrics', () => {
  it('EUC_2D rounds to the nearest integer, halves up', () => {
    expect(tsplibDistance('EUC_2D', { x: 0, y: 0 }, { x: 1, y: 1 })).toBe(1);
    expect(tsplibDistance('EUC_2D', { x: 0, y: 0 }, { x: 1.5, y: 2 })).toBe(3); // exactly 2.5
    expect(tsplibDistance('EUC_2D', { x: 0, y: 0 }, { x: 1, y: 2 })).toBe(2); // 2.236
  });

  it('CEIL_2D rounds up', () => {
    expect(tsplibDistance('CEIL_2D', { x: 0, y: 0 }, { x: 1, y: 1 })).toBe(2);
    expect(tsplibDistance('CEIL_2D', { x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
  });

  it('ATT is the pseudo-Euclidean distance of att48/att532', () => {
    expect(tsplibDistance('ATT', { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(4); // √10 = 3.16 → 4
    expect(tsplibDistance('ATT', { x: 0, y: 0 }, { x: 3, y: 1 })).toBe(1); // exactly 1
  });

  it('GEO reads DDD.MM and measures on the TSPLIB sphere', () => {
    expect(tsplibDistance('GEO', { x: 0, y: 0 }, { x: 0, y: 1 })).toBe(112);
    expect(tsplibDistance('GEO', { x: 0, y: 0 }, { x: 0, y: 1.3 })).toBe(167); // 1°30′
    // ulysses16, nodes 1 and 2: the library's matrix has 509.
    expect(tsplibDistance('GEO', { x: 38.24, y: 20.42 }, { x: 39.57, y: 26.15 })).toBe(509);
    // Negative coordinates truncate towards zero: Cape Town – London.
    expect(tsplibDistance('GEO', { x: -33.55, y: 18.22 }, { x: 51.3, y: -0.07 })).toBe(9680);
  });
});

describe('parseTsplibTour', () => {
  const instance = parseTsplib(SAMPLE);

  it('reads TSPLIB tour files and bare lists of node ids', () => {
    const tsplibStyle = 'NAME : square5.opt.tour\nTYPE : TOUR\nDIMENSION : 5\nTOUR_SECTION\n1\n2\n5 3\n4\n-1\nEOF\n';
    expect(parseTsplibTour(tsplibStyle, instance)).toEqual([0, 1, 4, 2, 3]);
    expect(parseTsplibTour('1\n2\n3\n5\n4\n', instance)).toEqual([0, 1, 2, 4, 3]);
    expect(orderLength(tsplibMatrix(instance), [0, 1, 2, 3], true)).toBe(140);
  });

  it('refuses a tour that is not a tour of the instance', () => {
    expect(() => parseTsplibTour('1\n2\n3\n4\n', instance)).toThrow(/visits 4 of 5 nodes/);
    expect(() => parseTsplibTour('1\n2\n3\n4\n4\n', instance)).toThrow(/node 4 is visited twice/);
    expect(() => parseTsplibTour('1\n2\n3\n4\n9\n', instance)).toThrow(/node 9 is not in square5/);
  });
});
