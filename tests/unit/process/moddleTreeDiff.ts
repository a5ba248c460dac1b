// Compares two moddle trees the way the validation reads them: type, every descriptor property
// (references by the id they point at), own property names, $attrs and the $parent links.
// Returns the first difference as a path and a message, or null when the trees agree.

import type { ModdleElement } from 'bpmn-moddle';

interface Property {
  name: string;
  isReference?: boolean;
  isMany?: boolean;
}

type Element = ModdleElement & Record<string, unknown>;

const isElement = (value: unknown): value is Element =>
  typeof value === 'object' && value !== null && typeof (value as { $instanceOf?: unknown }).$instanceOf === 'function';

const ownNames = (element: object): string[] =>
  Object.getOwnPropertyNames(element)
    .filter((name) => !name.startsWith('$'))
    .sort();

const idOf = (value: unknown): unknown => (isElement(value) ? `#${String(value.id)}@${value.$type}` : value);

export function diffModdleTrees(expected: Element, actual: Element, path = '', expectedParent?: Element, actualParent?: Element): string | null {
  const here = `${path}/${expected.$type}${expected.id ? `#${String(expected.id)}` : ''}`;
  if (expected.$type !== actual.$type) return `${here}: type ${actual.$type}`;
  if (expectedParent !== undefined && actual.$parent !== actualParent) return `${here}: $parent is not the reading's parent`;
  if (expectedParent === undefined && actual.$parent !== undefined) return `${here}: root has a $parent`;
  const expectedNames = ownNames(expected).join(',');
  const actualNames = ownNames(actual).join(',');
  if (expectedNames !== actualNames) return `${here}: own properties [${actualNames}], expected [${expectedNames}]`;
  if (JSON.stringify(expected.$attrs ?? {}) !== JSON.stringify(actual.$attrs ?? {})) {
    return `${here}: $attrs ${JSON.stringify(actual.$attrs)}, expected ${JSON.stringify(expected.$attrs)}`;
  }
  const descriptor = (expected as unknown as { $descriptor: { isGeneric?: boolean; properties?: Property[] } }).$descriptor;
  if (descriptor.isGeneric) {
    // A generic element: its attributes are own properties, its children under $children.
    for (const name of ownNames(expected)) {
      // createAny gives every generic element its own get/set functions.
      if (typeof expected[name] === 'function' && typeof actual[name] === 'function') continue;
      if (expected[name] !== actual[name]) return `${here}.${name}: ${JSON.stringify(actual[name])}, expected ${JSON.stringify(expected[name])}`;
    }
    if (expected.$body !== actual.$body) return `${here}: $body ${JSON.stringify(actual.$body)}, expected ${JSON.stringify(expected.$body)}`;
    const a = (expected.$children ?? []) as Element[];
    const b = (actual.$children ?? []) as Element[];
    if (a.length !== b.length) return `${here}.$children: ${b.length} items, expected ${a.length}`;
    for (let i = 0; i < a.length; i++) {
      const inner = diffModdleTrees(a[i]!, b[i]!, `${here}.$children[${i}]`, expected, actual);
      if (inner) return inner;
    }
    return null;
  }
  const properties = descriptor.properties ?? [];
  for (const property of properties) {
    const a = expected[property.name];
    const b = actual[property.name];
    const at = `${here}.${property.name}`;
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b)) return `${at}: one is a list, the other not`;
      if (a.length !== b.length) return `${at}: ${b.length} items, expected ${a.length}`;
      for (let i = 0; i < a.length; i++) {
        if (property.isReference || !isElement(a[i])) {
          if (idOf(a[i]) !== idOf(b[i])) return `${at}[${i}]: ${String(idOf(b[i]))}, expected ${String(idOf(a[i]))}`;
        } else {
          if (!isElement(b[i])) return `${at}[${i}]: not an element`;
          const inner = diffModdleTrees(a[i] as Element, b[i] as Element, `${at}[${i}]`, expected, actual);
          if (inner) return inner;
        }
      }
    } else if (isElement(a) && !property.isReference) {
      if (!isElement(b)) return `${at}: not an element`;
      const inner = diffModdleTrees(a, b, at, expected, actual);
      if (inner) return inner;
    } else if (idOf(a) !== idOf(b)) {
      return `${at}: ${JSON.stringify(idOf(b))}, expected ${JSON.stringify(idOf(a))}`;
    }
  }
  return null;
}
