import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mappingsOf, setMapping, suggestElement, type OperationKey } from '../../../models/contracts/mappings';
import type { SchemaNode } from '../../../models/contracts/schemaTree';
import type { ApiContract, MessageLocation, Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Button } from '../../ui';
import { useDictionaryUi } from '../dictionary/dictionaryUi';
import { ElementPicker } from './ElementPicker';

interface Row {
  node: SchemaNode;
  depth: number;
  key: string;
}

/** Levels open at first: the DCI envelope and its message are visible, deeper levels on demand. */
const OPEN_DEPTH = 3;

function visibleRows(tree: SchemaNode, collapsed: ReadonlySet<string>, expanded: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const visit = (node: SchemaNode, depth: number, key: string) => {
    rows.push({ node, depth, key });
    const open = depth < OPEN_DEPTH ? !collapsed.has(key) : expanded.has(key);
    if (!open) return;
    node.children.forEach((child, i) => visit(child, depth + 1, `${key}/${i}`));
  };
  tree.children.length > 0 && tree.name === '' ? tree.children.forEach((c, i) => visit(c, 0, String(i))) : visit(tree, 0, 'root');
  return rows;
}

/**
 * A schema as an indented table: property, type, required, description, and the dictionary entry
 * it maps to. A suggested entry is accepted with one click; "Map…" picks any entry.
 */
export function SchemaTreeView({
  project,
  contract,
  operation,
  location,
  tree,
  caption,
}: {
  project: Project;
  contract: ApiContract;
  operation: OperationKey;
  location: MessageLocation;
  tree: SchemaNode;
  caption: string;
}) {
  const { t } = useTranslation('contracts');
  const updateProject = useProjectStore((s) => s.updateProject);
  const setView = useProjectStore((s) => s.setView);
  const setDictionaryUi = useDictionaryUi((s) => s.set);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [picking, setPicking] = useState<SchemaNode | null>(null);
  const rows = useMemo(() => visibleRows(tree, collapsed, expanded), [tree, collapsed, expanded]);
  const mapped = mappingsOf(contract, operation, location);
  const elementsById = useMemo(() => new Map(project.dataElements.map((e) => [e.id, e])), [project.dataElements]);

  const toggle = (row: Row) => {
    if (row.depth < OPEN_DEPTH) {
      const next = new Set(collapsed);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      setCollapsed(next);
    } else {
      const next = new Set(expanded);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      setExpanded(next);
    }
  };
  const isOpen = (row: Row) => (row.depth < OPEN_DEPTH ? !collapsed.has(row.key) : expanded.has(row.key));
  const map = (pointer: string, elementId: string | null) => updateProject((p) => setMapping(p, contract.id, operation, location, pointer, elementId));

  return (
    <div className="cs-table-wrap cs-contracts__tree">
      <table className="cs-table cs-contracts__tree-table">
        <caption className="cs-visually-hidden">{caption}</caption>
        <colgroup>
          <col style={{ width: '30%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '28%' }} />
          <col style={{ width: '22%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('tree.property')}</th>
            <th scope="col">{t('tree.type')}</th>
            <th scope="col">{t('tree.description')}</th>
            <th scope="col">{t('tree.mapping')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { node } = row;
            const mappable = node.pointer !== '' && !node.name.startsWith('(');
            const mapping = mappable ? mapped.get(node.pointer) : undefined;
            const element = mapping ? elementsById.get(mapping.elementId) : undefined;
            const suggestion = mappable && !mapping ? suggestElement(node, project.dataElements) : undefined;
            return (
              <tr key={row.key} data-pointer={node.pointer}>
                <th scope="row" style={{ paddingLeft: 12 + row.depth * 16 }}>
                  {node.children.length > 0 ? (
                    <button
                      type="button"
                      className="cs-contracts__toggle"
                      aria-expanded={isOpen(row)}
                      aria-label={t(isOpen(row) ? 'tree.collapse' : 'tree.expand', { name: node.name })}
                      onClick={() => toggle(row)}
                    >
                      {isOpen(row) ? '▾' : '▸'}
                    </button>
                  ) : (
                    <span className="cs-contracts__toggle-space" aria-hidden="true" />
                  )}
                  <code>{node.name}</code>
                  {node.required ? <span className="cs-contracts__required" title={t('tree.required')}>*</span> : null}
                </th>
                <td>
                  <span className="cs-contracts__type">{node.type}</span>
                  {node.format ? <span className="cs-muted"> ({node.format})</span> : null}
                  {node.refName ? <span className="cs-muted cs-contracts__ref"> {node.refName}</span> : null}
                  {node.recursive ? <span className="cs-muted"> {t('tree.recursive')}</span> : null}
                </td>
                <td className="cs-contracts__desc">
                  {node.description ? <span title={node.description}>{node.description}</span> : null}
                  {node.enumValues ? <span className="cs-muted"> [{node.enumValues.slice(0, 8).join(', ')}{node.enumValues.length > 8 ? '…' : ''}]</span> : null}
                </td>
                <td className="cs-contracts__mapcell">
                  {!mappable ? null : mapping ? (
                    <span className="cs-contracts__mapped">
                      <button
                        type="button"
                        className="cs-link-button"
                        onClick={() => {
                          setDictionaryUi({ tab: 'elements', selectedElementId: mapping.elementId });
                          setView('dictionary');
                        }}
                      >
                        {element?.name ?? mapping.elementId}
                      </button>
                      <Button size="small" variant="ghost" aria-label={t('tree.unmap', { name: node.name })} onClick={() => map(node.pointer, null)}>
                        ×
                      </Button>
                    </span>
                  ) : (
                    <span className="cs-contracts__mapactions">
                      {suggestion ? (
                        <Button size="small" onClick={() => map(node.pointer, suggestion.id)} aria-label={t('tree.acceptLabel', { name: node.name, element: suggestion.name })}>
                          {t('tree.accept', { element: suggestion.name })}
                        </Button>
                      ) : null}
                      <Button size="small" variant="ghost" onClick={() => setPicking(node)} aria-label={t('tree.mapLabel', { name: node.name })}>
                        {t('tree.map')}
                      </Button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {picking ? (
        <ElementPicker
          project={project}
          title={t('picker.title', { name: picking.name })}
          onClose={() => setPicking(null)}
          onPick={(id) => {
            map(picking.pointer, id);
            setPicking(null);
          }}
        />
      ) : null}
    </div>
  );
}
