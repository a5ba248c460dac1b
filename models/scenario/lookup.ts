// Id → entity maps of a project's collections, built once per collection array. Documents are
// immutable, so an unchanged collection keeps its array and its map: a project with fifty
// scenarios indexes its thousands of interactions once, not once per scenario.

const cache = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let map = cache.get(items);
  if (!map) {
    map = new Map(items.map((item) => [item.id, item]));
    cache.set(items, map);
  }
  return map as Map<string, T>;
}
