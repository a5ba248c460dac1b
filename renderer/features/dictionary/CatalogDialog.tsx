import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogCodeLists, catalogDataElements } from '../../../models/catalog';
import { addFromCatalog } from '../../../models/dictionary/edits';
import type { Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';

/** Adds the DCI core elements and code lists of the built-in catalogue, the user choosing which. */
export function CatalogDialog({ project, onClose }: { project: Project; onClose(): void }) {
  const { t } = useTranslation('dictionary');
  const updateProject = useProjectStore((s) => s.updateProject);
  const haveElements = useMemo(() => new Set(project.dataElements.map((e) => e.id)), [project.dataElements]);
  const haveLists = useMemo(() => new Set(project.codeLists.map((c) => c.id)), [project.codeLists]);
  const available = catalogDataElements.filter((e) => !haveElements.has(e.id));
  const availableLists = catalogCodeLists.filter((c) => !haveLists.has(c.id));
  const [elements, setElements] = useState<Set<string>>(() => new Set(available.map((e) => e.id)));
  const [lists, setLists] = useState<Set<string>>(() => new Set(availableLists.map((c) => c.id)));
  const byCategory = useMemo(() => {
    const groups = new Map<string, typeof catalogDataElements[number][]>();
    for (const e of catalogDataElements) {
      const key = e.category ?? '';
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return [...groups.entries()];
  }, []);
  const toggle = (set: Set<string>, id: string, update: (s: Set<string>) => void) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    update(next);
  };
  const count = elements.size + lists.size;

  return (
    <Dialog
      title={t('catalog.title')}
      size="large"
      onClose={onClose}
      footer={
        <>
          <Button
            onClick={() => {
              setElements(new Set());
              setLists(new Set());
            }}
          >
            {t('catalog.selectNone')}
          </Button>
          <Button onClick={() => { setElements(new Set(available.map((e) => e.id))); setLists(new Set(availableLists.map((c) => c.id))); }}>
            {t('catalog.selectAll')}
          </Button>
          <span className="cs-spacer" />
          <Button onClick={onClose}>{t('catalog.cancel')}</Button>
          <Button
            variant="primary"
            disabled={count === 0}
            onClick={() => {
              updateProject((p) => addFromCatalog(p, { elementIds: [...elements], codeListIds: [...lists] }));
              onClose();
            }}
          >
            {t('catalog.add', { count })}
          </Button>
        </>
      }
    >
      <p className="cs-feature-section__intro">{t('catalog.intro')}</p>
      <div className="cs-dictionary__catalog">
        {byCategory.map(([category, items]) => (
          <fieldset key={category} className="cs-dictionary__catalog-group">
            <legend>{category ? t(`catalog:dataCategory.${category}`, { defaultValue: category }) : t('noCategory')}</legend>
            {items.map((e) => (
              <label key={e.id} className="cs-dictionary__catalog-item">
                <input
                  type="checkbox"
                  disabled={haveElements.has(e.id)}
                  checked={haveElements.has(e.id) || elements.has(e.id)}
                  onChange={() => toggle(elements, e.id, setElements)}
                />
                <span>
                  {e.name} <code className="cs-muted">{e.id}</code>
                  {haveElements.has(e.id) ? <span className="cs-muted"> · {t('catalog.present')}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        <fieldset className="cs-dictionary__catalog-group">
          <legend>{t('codeLists.heading')}</legend>
          {catalogCodeLists.map((c) => (
            <label key={c.id} className="cs-dictionary__catalog-item">
              <input type="checkbox" disabled={haveLists.has(c.id)} checked={haveLists.has(c.id) || lists.has(c.id)} onChange={() => toggle(lists, c.id, setLists)} />
              <span>
                {c.name} <span className="cs-muted">({t('codeLists.valueCount', { count: c.values.length })})</span>
                {haveLists.has(c.id) ? <span className="cs-muted"> · {t('catalog.present')}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      </div>
    </Dialog>
  );
}
