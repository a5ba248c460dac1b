import type { EntityKind, Project } from '../../project/types';
import { targetOf } from '../context';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

const normalise = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

interface Named {
  kind: EntityKind;
  field: 'name' | 'title';
  noun: string;
  items: (project: Project) => ReadonlyArray<{ id: string; label: string; key: string }>;
}

// Contracts are compared by name and version: two versions of one API are not a duplicate.
const COLLECTIONS: readonly Named[] = [
  { kind: 'components', field: 'name', noun: 'component', items: (p) => p.components.map((c) => ({ id: c.id, label: c.name, key: normalise(c.name) })) },
  { kind: 'interactions', field: 'name', noun: 'interaction', items: (p) => p.interactions.map((c) => ({ id: c.id, label: c.name, key: normalise(c.name) })) },
  { kind: 'processes', field: 'name', noun: 'process', items: (p) => p.processes.map((c) => ({ id: c.id, label: c.name, key: normalise(c.name) })) },
  { kind: 'dataElements', field: 'name', noun: 'data element', items: (p) => p.dataElements.map((c) => ({ id: c.id, label: c.name, key: normalise(c.name) })) },
  { kind: 'codeLists', field: 'name', noun: 'code list', items: (p) => p.codeLists.map((c) => ({ id: c.id, label: c.name, key: normalise(c.name) })) },
  { kind: 'apiContracts', field: 'name', noun: 'API contract', items: (p) => p.apiContracts.map((c) => ({ id: c.id, label: c.name, key: `${normalise(c.name)}\u0000${c.version}` })) },
  { kind: 'scenarios', field: 'title', noun: 'scenario', items: (p) => p.scenarios.map((c) => ({ id: c.id, label: c.title, key: normalise(c.title) })) },
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
    for (const collection of COLLECTIONS) {
      const first = new Map<string, string>();
      collection.items(context.project).forEach((item, i) => {
        if (item.key === '' || item.key.startsWith('\u0000')) return;
        const earlier = first.get(item.key);
        if (earlier === undefined) {
          first.set(item.key, item.id);
          return;
        }
        out.push(
          report(
            rule,
            `${collection.kind}[${i}].${collection.field}`,
            `${collection.noun} '${item.label}' (${item.id}) has the same name as ${collection.noun} '${earlier}'`,
            targetOf(collection.kind, item.id),
          ),
        );
      });
    }
    return out;
  },
};
