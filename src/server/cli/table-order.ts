/** A table and the tables its foreign keys point to. */
export interface DependencyNode {
  name: string;
  dependsOn: readonly string[];
}

/**
 * Orders tables so that every table comes after the tables it references (parents before children),
 * keeping the given order where the keys allow it. A table referring to itself is fine (the caller
 * loads it in one statement); a cycle between tables cannot be ordered and is an error naming it.
 */
export function orderByDependencies(nodes: readonly DependencyNode[]): string[] {
  const known = new Set(nodes.map((n) => n.name));
  const placed = new Set<string>();
  const order: string[] = [];
  const ready = (n: DependencyNode) => n.dependsOn.every((d) => d === n.name || placed.has(d) || !known.has(d));
  while (order.length < nodes.length) {
    const next = nodes.find((n) => !placed.has(n.name) && ready(n));
    if (!next) {
      const stuck = nodes.filter((n) => !placed.has(n.name)).map((n) => n.name);
      throw new Error(`外键成环，无法排序：${stuck.join('、')} / foreign keys form a cycle between: ${stuck.join(', ')}`);
    }
    placed.add(next.name);
    order.push(next.name);
  }
  return order;
}
