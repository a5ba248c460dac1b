import type { EntityKind, Project } from '../../project/types';
import { targetOf } from '../context';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

/** Runs of white space other than one plain space: only those need replacing. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

const normalise = (name: string): string => {
  const trimmed = name.trim();
  return (UNUSUAL_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
};

interface Named<T extends { id: string }> {
  kind: EntityKind;
  field: 'name' | 'title';
  noun: string;
  items: (project: Project) => readonly T[];
  label: (item: T) => string;
  /** What counts as the same name. */
  key: (item: T) => string;
}

type Check = (project: Project, out: Problem[]) => void;

/** Reports each item whose key an earlier item of the collection already had. */
const duplicatesIn =
  <T extends { id: string }>(collection: Named<T>): Check =>
  (project, out) => {
    const first = new Map<string, string>();
    collection.items(project).forEach((item, i) => {
      const key = collection.key(item);
      if (key === '' || key.startsWith('\u0000')) return;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, item.id);
        return;
      }
      out.push(
        report(
          rule,
          `${collection.kind}[${i}].${collection.field}`,
          `${collection.noun} '${collection.label(item)}' (${item.id}) has the same name as ${collection.noun} '${earlier}'`,
          targetOf(collection.kind, item.id),
        ),
      );
    });
  };

const byName = <T extends { id: string; name: string }>(kind: EntityKind, noun: string, items: (project: Project) => readonly T[]): Check =>
  duplicatesIn<T>({ kind, field: 'name', noun, items, label: (item) => item.name, key: (item) => normalise(item.name) });

// Contracts are compared by name and version: two versions of one API are not a duplicate.
const COLLECTIONS: readonly Check[] = [
  byName('components', 'component', (p) => p.components),
  byName('interactions', 'interaction', (p) => p.interactions),
  byName('processes', 'process', (p) => p.processes),
  byName('dataElements', 'data element', (p) => p.dataElements),
  byName('codeLists', 'code list', (p) => p.codeLists),
  duplicatesIn({ kind: 'apiContracts', field: 'name', noun: 'API contract', items: (p) => p.apiContracts, label: (c) => c.name, key: (c) => `${normalise(c.name)}\u0000${c.version}` }),
  duplicatesIn({ kind: 'scenarios', field: 'title', noun: 'scenario', items: (p) => p.scenarios, label: (s) => s.title, key: (s) => normalise(s.title) }),
];

export const rule: Rule = {
  id: 'duplicate-name',
  name: 'Duplicate name',
  defaultSeverity: 'warning',
  description:
    'Two components, interactions, processes, data elements, code lists, contracts (same version) or scenarios have the same name (ignoring case and spacing), so tables, diagrams and exports cannot tell them apart.',
  fixHint: 'Rename one of them so that the name says what differs (the agency, the direction, the version...), or merge them if they are the same thing.',
  check(context) {
    const out: Problem[] = [];
    for (const check of COLLECTIONS) check(context.project, out);
    return out;
  },
};
