// Ids are short human-readable slugs ("social-registry", "mis-verifies-id") so that files diff
// well and references can be read in the JSON.

const MAX_SLUG_LENGTH = 48;

/** "Social Registry (SR)" -> "social-registry-sr"; never empty ("item" when nothing is left). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug === '' ? 'item' : slug;
}

/** `base` if free, otherwise `base-2`, `base-3`, ... — the first one not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const start = base === '' ? 'item' : base;
  if (!taken.has(start)) return start;
  for (let n = 2; ; n += 1) {
    const candidate = `${start}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
