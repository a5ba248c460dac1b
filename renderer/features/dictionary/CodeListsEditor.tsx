import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCodeList, deleteCodeList, setCodeValues, updateCodeList } from '../../../models/dictionary/edits';
import type { CodeList, CodeValue, Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Button, EmptyState } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import { useDictionaryUi } from './dictionaryUi';
import { useCommands } from '../../commands/CommandsContext';
import { DICTIONARY_COMMAND } from './commands';

export function CodeListsEditor({ project }: { project: Project }) {
  const { t } = useTranslation('dictionary');
  const commands = useCommands();
  const updateProject = useProjectStore((s) => s.updateProject);
  const selectedId = useDictionaryUi((s) => s.selectedCodeListId);
  const setUi = useDictionaryUi((s) => s.set);
  const selected = project.codeLists.find((c) => c.id === selectedId) ?? project.codeLists[0];

  const add = () => {
    let created = '';
    updateProject((p) => {
      const result = addCodeList(p, t('codeLists.newName'));
      created = result.id;
      return result.project;
    });
    setUi({ selectedCodeListId: created });
  };

  return (
    <div className="cs-feature-split cs-dictionary__codelists-split">
      <nav aria-label={t('codeLists.listLabel')}>
        <ul className="cs-feature-list">
          {project.codeLists.map((list) => (
            <li key={list.id}>
              <button type="button" className="cs-feature-list__item" aria-pressed={list.id === selected?.id} onClick={() => setUi({ selectedCodeListId: list.id })}>
                <Ellipsis text={list.name} className="cs-feature-list__title" />
                <span className="cs-feature-list__meta">{t('codeLists.valueCount', { count: list.values.length })}</span>
              </button>
            </li>
          ))}
        </ul>
        <Button size="small" className="cs-dictionary__add-list" onClick={add}>
          {t('codeLists.add')}
        </Button>
        <div className="cs-dictionary__list-imports">
          <Button size="small" onClick={() => commands.run(DICTIONARY_COMMAND.importCodeListsCsv)}>
            {t('codeLists.importCsv')}
          </Button>
          <Button size="small" onClick={() => commands.run(DICTIONARY_COMMAND.importCodeListsXlsx)}>
            {t('codeLists.importXlsx')}
          </Button>
        </div>
      </nav>
      {selected ? (
        <CodeListDetail key={selected.id} project={project} list={selected} />
      ) : (
        <EmptyState title={t('codeLists.emptyTitle')} body={t('codeLists.emptyBody')} />
      )}
    </div>
  );
}

function CodeListDetail({ project, list }: { project: Project; list: CodeList }) {
  const { t } = useTranslation('dictionary');
  const headingId = useId();
  const updateProject = useProjectStore((s) => s.updateProject);
  const setUi = useDictionaryUi((s) => s.set);
  const [name, setName] = useState(list.name);
  const [description, setDescription] = useState(list.description ?? '');
  const [values, setValues] = useState<CodeValue[]>(list.values);
  useEffect(() => setValues(list.values), [list.values]);
  const users = project.dataElements.filter((e) => e.codeListId === list.id);
  const duplicateCodes = new Set(values.map((v) => v.code).filter((code, i, all) => code !== '' && all.indexOf(code) !== i));

  const commitValues = (next: CodeValue[]) => {
    if (JSON.stringify(next) !== JSON.stringify(list.values)) updateProject((p) => setCodeValues(p, list.id, next));
  };

  return (
    <section className="cs-feature-panel" aria-labelledby={headingId}>
      <header className="cs-dictionary__detail-header">
        <h3 id={headingId}>
          <Ellipsis text={list.name} />
        </h3>
        <code className="cs-muted">{list.id}</code>
      </header>
      <div className="cs-field">
        <label htmlFor={`${headingId}-name`}>{t('field.name')}</label>
        <input
          id={`${headingId}-name`}
          className="cs-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => (name.trim() && name !== list.name ? updateProject((p) => updateCodeList(p, list.id, { name: name.trim() })) : setName(list.name))}
        />
      </div>
      <div className="cs-field">
        <label htmlFor={`${headingId}-description`}>{t('codeLists.description')}</label>
        <textarea
          id={`${headingId}-description`}
          className="cs-textarea"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => description !== (list.description ?? '') && updateProject((p) => updateCodeList(p, list.id, { description }))}
        />
      </div>
      <div className="cs-table-wrap">
        <table className="cs-table cs-dictionary__values">
          <caption className="cs-visually-hidden">{t('codeLists.caption', { name: list.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('codeLists.code')}</th>
              <th scope="col">{t('codeLists.label')}</th>
              <th scope="col">{t('codeLists.definition')}</th>
              <th scope="col">
                <span className="cs-visually-hidden">{t('codeLists.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((value, i) => (
              <tr key={i}>
                {(['code', 'label', 'definition'] as const).map((key) => (
                  <td key={key}>
                    <input
                      className="cs-input"
                      aria-label={t(`codeLists.${key}Of`, { index: i + 1 })}
                      aria-invalid={key === 'code' && duplicateCodes.has(value.code)}
                      value={value[key] ?? ''}
                      onChange={(e) => setValues(values.map((v, j) => (j === i ? { ...v, [key]: e.target.value } : v)))}
                      onBlur={() => commitValues(values)}
                    />
                  </td>
                ))}
                <td>
                  <Button size="small" variant="ghost" aria-label={t('codeLists.removeValue', { index: i + 1 })} onClick={() => commitValues(values.filter((_, j) => j !== i))}>
                    ×
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {duplicateCodes.size > 0 ? <p className="cs-field__error">{t('codeLists.duplicateCodes', { codes: [...duplicateCodes].join(', ') })}</p> : null}
      <div className="cs-dictionary__detail-actions">
        <Button size="small" onClick={() => setValues([...values, { code: '', label: '' }])}>
          {t('codeLists.addValue')}
        </Button>
        <Button
          size="small"
          variant="danger"
          onClick={() => {
            updateProject((p) => deleteCodeList(p, list.id));
            setUi({ selectedCodeListId: null });
          }}
        >
          {t('codeLists.delete')}
        </Button>
      </div>
      <h4>{t('codeLists.usedBy')}</h4>
      {users.length === 0 ? (
        <p className="cs-muted">{t('codeLists.unused')}</p>
      ) : (
        <ul className="cs-feature-plain-list">
          {users.map((e) => (
            <li key={e.id}>
              <button type="button" className="cs-link-button" onClick={() => setUi({ tab: 'elements', selectedElementId: e.id })}>
                {e.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
