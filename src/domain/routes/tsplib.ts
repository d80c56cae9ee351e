import { matrixFrom, type DistanceMatrix } from './distance-matrix';

/**
 * The TSPLIB format (G. Reinelt, "TSPLIB 95"): `KEY : value` lines, then a NODE_COORD_SECTION of
 * `id x y` lines, ended by EOF. Pure: it takes the file's text. Distances follow the library's own
 * definitions, rounded as it rounds them, so tour lengths match its published optima.
 */

export const TSPLIB_METRICS = ['EUC_2D', 'CEIL_2D', 'ATT', 'GEO'] as const;
export type TsplibMetric = (typeof TSPLIB_METRICS)[number];

export interface TsplibInstance {
  name: string;
  comment: string;
  dimension: number;
  metric: TsplibMetric;
  /** The nodes in file order; `id` is the file's (usually 1-based) node number. */
  nodes: { id: number; x: number; y: number }[];
}

export class TsplibFormatError extends Error {
  constructor(line: number, problem: string) {
    super(`TSPLIB line ${line}: ${problem}`);
    this.name = 'TsplibFormatError';
  }
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function numberAt(text: string, line: number, what: string): number {
  if (!NUMBER.test(text)) throw new TsplibFormatError(line, `${what} "${text}" is not a number`);
  return Number(text);
}

function lines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
}

export function parseTsplib(text: string): TsplibInstance {
  const header = new Map<string, string>();
  const nodes: TsplibInstance['nodes'] = [];
  let inCoords = false;
  let lastLine = 0;
  for (const { line, text: t } of lines(text)) {
    lastLine = line;
    if (t === 'EOF') break;
    if (inCoords && /^[-+\d]/.test(t)) {
      const parts = t.split(/\s+/);
      if (parts.length !== 3) throw new TsplibFormatError(line, `expected "id x y", got "${t}"`);
      const id = numberAt(parts[0]!, line, 'node id');
      if (!Number.isInteger(id)) throw new TsplibFormatError(line, `node id ${parts[0]} is not a whole number`);
      if (nodes.some((n) => n.id === id)) throw new TsplibFormatError(line, `node ${id} appears twice`);
      nodes.push({ id, x: numberAt(parts[1]!, line, 'x'), y: numberAt(parts[2]!, line, 'y') });
      continue;
    }
    inCoords = false;
    if (t === 'NODE_COORD_SECTION') {
      inCoords = true;
      continue;
    }
    if (/_SECTION$/.test(t)) throw new TsplibFormatError(line, `${t} is not supported (only NODE_COORD_SECTION)`);
    const colon = t.indexOf(':');
    if (colon < 0) throw new TsplibFormatError(line, `expected "KEY : value", got "${t}"`);
    header.set(t.slice(0, colon).trim().toUpperCase(), t.slice(colon + 1).trim());
  }

  const type = header.get('TYPE') ?? 'TSP';
  if (type !== 'TSP') throw new TsplibFormatError(1, `TYPE ${type} is not supported (only TSP)`);
  const metric = header.get('EDGE_WEIGHT_TYPE');
  if (!metric || !(TSPLIB_METRICS as readonly string[]).includes(metric)) {
    throw new TsplibFormatError(1, `EDGE_WEIGHT_TYPE ${metric ?? '(missing)'} is not supported (${TSPLIB_METRICS.join(', ')})`);
  }
  const dimension = Number(header.get('DIMENSION'));
  if (!Number.isInteger(dimension) || dimension < 1) throw new TsplibFormatError(1, `DIMENSION "${header.get('DIMENSION') ?? ''}" is missing or not a positive whole number`);
  if (nodes.length !== dimension) throw new TsplibFormatError(lastLine, `DIMENSION is ${dimension} but ${nodes.length} nodes are listed`);
  return { name: header.get('NAME') ?? '', comment: header.get('COMMENT') ?? '', dimension, metric: metric as TsplibMetric, nodes };
}

/** TSPLIB's nint: the nearest integer, halves rounded up (distances are never negative). */
const nint = (x: number) => Math.floor(x + 0.5);

/** TSPLIB's GEO coordinates are DDD.MM (degrees and minutes); this is radians. The whole degrees are truncated, as the library's code does. */
function geoRadians(v: number): number {
  const PI = 3.141592;
  const degrees = Math.trunc(v);
  return (PI * (degrees + (5.0 * (v - degrees)) / 3.0)) / 180.0;
}

type Point = { x: number; y: number };

const METRICS: Record<TsplibMetric, (a: Point, b: Point) => number> = {
  EUC_2D: (a, b) => nint(Math.hypot(a.x - b.x, a.y - b.y)),
  CEIL_2D: (a, b) => Math.ceil(Math.hypot(a.x - b.x, a.y - b.y)),
  ATT: (a, b) => {
    const r = Math.sqrt(((a.x - b.x) ** 2 + (a.y - b.y) ** 2) / 10.0);
    const t = nint(r);
    return t < r ? t + 1 : t;
  },
  GEO: (a, b) => {
    const RRR = 6378.388;
    const [latA, lngA, latB, lngB] = [geoRadians(a.x), geoRadians(a.y), geoRadians(b.x), geoRadians(b.y)];
    const q1 = Math.cos(lngA - lngB);
    const q2 = Math.cos(latA - latB);
    const q3 = Math.cos(latA + latB);
    return Math.trunc(RRR * Math.acos(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3)) + 1.0);
  },
};

/** The distance between two nodes in the instance's own metric. */
export function tsplibDistance(metric: TsplibMetric, a: Point, b: Point): number {
  return METRICS[metric](a, b);
}

/** The instance's distance matrix; index i is `nodes[i]`. */
export function tsplibMatrix(instance: TsplibInstance): DistanceMatrix {
  const { nodes, metric } = instance;
  return matrixFrom(nodes.length, (i, j) => (i === j ? 0 : tsplibDistance(metric, nodes[i]!, nodes[j]!)));
}

/**
 * A tour file: either TSPLIB's own (`TOUR_SECTION`, node ids, ended by -1) or a bare list of node ids,
 * one a line. Returns matrix indexes of `instance`, after checking the tour visits each node once.
 */
export function parseTsplibTour(text: string, instance: TsplibInstance): number[] {
  const indexOf = new Map(instance.nodes.map((n, i) => [n.id, i]));
  const all = lines(text);
  const section = all.findIndex((l) => l.text === 'TOUR_SECTION');
  const body = section >= 0 ? all.slice(section + 1) : all.filter((l) => !l.text.includes(':'));
  const order: number[] = [];
  const seen = new Set<number>();
  for (const { line, text: t } of body) {
    if (t === 'EOF') break;
    for (const part of t.split(/\s+/)) {
      const id = numberAt(part, line, 'node id');
      if (id === -1) return checkedTour(order, instance, line);
      const index = indexOf.get(id);
      if (index === undefined) throw new TsplibFormatError(line, `node ${id} is not in ${instance.name}`);
      if (seen.has(index)) throw new TsplibFormatError(line, `node ${id} is visited twice`);
      seen.add(index);
      order.push(index);
    }
  }
  return checkedTour(order, instance, body.at(-1)?.line ?? 1);
}

function checkedTour(order: number[], instance: TsplibInstance, line: number): number[] {
  if (order.length !== instance.dimension) throw new TsplibFormatError(line, `the tour visits ${order.length} of ${instance.dimension} nodes`);
  return order;
}
