import { useState, type ReactNode } from 'react';
import { Ellipsis } from './Ellipsis';

interface ListDetailProps<T extends { id: string }> {
  items: readonly T[];
  /** Accessible name of the list's navigation landmark. */
  listLabel: string;
  title: (item: T) => string;
  meta: (item: T) => ReactNode;
  /** The detail of the selected item; keyed by its id so its local state resets on selection. */
  detail: (item: T) => ReactNode;
  layoutClassName?: string;
  listClassName?: string;
}

/**
 * The list-and-detail layout of the views that show one entity at a time (processes, contracts,
 * scenarios): a list of toggle buttons, the first item selected, and the selected item's detail.
 */
export function ListDetail<T extends { id: string }>({
  items,
  listLabel,
  title,
  meta,
  detail,
  layoutClassName = 'cs-feature-split',
  listClassName = 'cs-feature-list',
}: ListDetailProps<T>) {
  const [selectedId, setSelectedId] = useState<string | undefined>(items[0]?.id);
  const selected = items.find((item) => item.id === selectedId) ?? items[0];
  if (!selected) return null;
  return (
    <div className={layoutClassName}>
      <nav aria-label={listLabel}>
        <ul className={listClassName}>
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="cs-feature-list__item"
                aria-pressed={item.id === selected.id}
                onClick={() => setSelectedId(item.id)}
              >
                <Ellipsis text={title(item)} className="cs-feature-list__title" />
                <span className="cs-feature-list__meta">{meta(item)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div key={selected.id} className="cs-feature-detail">
        {detail(selected)}
      </div>
    </div>
  );
}
