import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDataElement, deleteDataElement, updateDataElement } from '../../../models/dictionary/edits';
import { referenceCounts } from '../../../models/dictionary/whereUsed';
import type { DataElement, Project } from '../../../models/project/types';
import { useCommands } from '../../commands/CommandsContext';
import { useProjectStore } from '../../store/projectStore';
import { scrollIntoViewWhenDrawn, useRevealRequest } from '../../store/reveal';
import { Button, EmptyState, Toolbar } from '../../ui';
import '../shared/features.css';
import { CatalogDialog } from './CatalogDialog';
import { CodeListImportDialog } from './CodeListImportDialog';
import { CodeListsEditor } from './CodeListsEditor';
import { useDictionaryUi, type DictionaryTab } from './dictionaryUi';
import { NO_FILTERS } from './dictionaryTable';
import './dictionary.css';
import { ElementDetail } from './ElementDetail';
import { ElementsTable } from './ElementsTable';
import { useProcessIndex } from './useProcessIndex';
import { ImportDialog } from './ImportDialog';
import { DICTIONARY_COMMAND } from './commands';

export function DictionaryView({ project }: { project: Project }) {
  const { t } = useTranslation('dictionary');
  const commands = useCommands();
  const updateProject = useProjectStore((s) => s.updateProject);
  const tab = useDictionaryUi((s) => s.tab);
  const selectedId = useDictionaryUi((s) => s.selectedElementId);
  const pendingImport = useDictionaryUi((s) => s.pendingImport);
  const catalogOpen = useDictionaryUi((s) => s.catalogOpen);
  const setUi = useDictionaryUi((s) => s.set);
  const index = useProcessIndex(project);
  const usage = useMemo(() => referenceCounts(project, index), [project, index]);
  const selected = project.dataElements.find((e) => e.id === selectedId);
  // A problem followed from the Problems view: show its entry (filters cleared so it is listed).
  // The table scrolls its virtual rows to the entry by estimate; once drawn, the row itself is
  // brought fully into view (the page may need to scroll too).
  useRevealRequest(['dataElement', 'codeList'], (request) => {
    setUi(request.kind === 'codeList' ? { tab: 'codeLists', selectedCodeListId: request.id } : { tab: 'elements', selectedElementId: request.id, filters: NO_FILTERS });
    scrollIntoViewWhenDrawn(request.kind === 'codeList' ? '.cs-dictionary__codelists-split .cs-feature-list__item[aria-pressed="true"]' : '.cs-dictionary__row.is-selected');
  });

  const onEdit = useCallback(
    (id: string, patch: Partial<Omit<DataElement, 'id'>>) => updateProject((p) => updateDataElement(p, id, patch)),
    [updateProject],
  );
  const addElement = () => {
    let created = '';
    updateProject((p) => {
      const result = addDataElement(p, t('newElementName'));
      created = result.id;
      return result.project;
    });
    setUi({ selectedElementId: created, tab: 'elements', filters: { query: '', type: '', sensitivity: '', category: '', standard: '' } });
  };

  const tabs: DictionaryTab[] = ['elements', 'codeLists'];
  return (
    <div className="cs-view cs-dictionary">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        <span className="cs-feature-summary">
          {t('elementCount', { count: project.dataElements.length })} · {t('codeListCount', { count: project.codeLists.length })}
        </span>
      </header>
      <Toolbar label={t('toolbar')}>
        <Button size="small" variant="primary" onClick={addElement}>
          {t('addElement')}
        </Button>
        <Button size="small" onClick={() => setUi({ catalogOpen: true })}>
          {t('addFromCatalog')}
        </Button>
        <Button size="small" onClick={() => commands.run(DICTIONARY_COMMAND.importCsv)}>
          {t('importCsv')}
        </Button>
        <Button size="small" onClick={() => commands.run(DICTIONARY_COMMAND.importXlsx)}>
          {t('importXlsx')}
        </Button>
        <Button size="small" onClick={() => commands.run(DICTIONARY_COMMAND.exportCsv)}>
          {t('exportCsv')}
        </Button>
        <Button size="small" onClick={() => commands.run(DICTIONARY_COMMAND.exportXlsx)}>
          {t('exportXlsx')}
        </Button>
      </Toolbar>
      <div role="tablist" aria-label={t('tabs')} className="cs-dictionary__tabs">
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`cs-dictionary-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`cs-dictionary-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="cs-dictionary__tab"
            onClick={() => setUi({ tab: id })}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const next = tabs[(tabs.indexOf(id) + 1) % tabs.length]!;
                setUi({ tab: next });
                document.getElementById(`cs-dictionary-tab-${next}`)?.focus();
              }
            }}
          >
            {id === 'elements' ? t('elementsHeading') : t('codeLists.heading')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`cs-dictionary-panel-${tab}`} aria-labelledby={`cs-dictionary-tab-${tab}`} className="cs-dictionary__panel">
        {tab === 'codeLists' ? (
          <CodeListsEditor project={project} />
        ) : project.dataElements.length === 0 ? (
          <EmptyState title={t('empty.title')} body={t('empty.body')} />
        ) : (
          <div className={selected ? 'cs-dictionary__layout has-detail' : 'cs-dictionary__layout'}>
            <ElementsTable project={project} usage={usage} onEdit={onEdit} />
            {selected ? (
              <ElementDetail
                key={selected.id}
                project={project}
                element={selected}
                index={index}
                onEdit={(patch) => onEdit(selected.id, patch)}
                onDelete={() => {
                  updateProject((p) => deleteDataElement(p, selected.id));
                  setUi({ selectedElementId: null });
                }}
              />
            ) : null}
          </div>
        )}
      </div>
      {pendingImport?.target === 'codeLists' ? (
        <CodeListImportDialog project={project} pending={pendingImport} onClose={() => setUi({ pendingImport: null })} />
      ) : pendingImport ? (
        <ImportDialog project={project} pending={pendingImport} onClose={() => setUi({ pendingImport: null })} />
      ) : null}
      {catalogOpen ? <CatalogDialog project={project} onClose={() => setUi({ catalogOpen: false })} /> : null}
    </div>
  );
}
