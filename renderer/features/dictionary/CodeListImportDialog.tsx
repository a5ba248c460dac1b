import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyCodeListImport,
  CODE_LIST_FIELDS,
  guessCodeListMapping,
  previewCodeListImport,
  type CodeListField,
  type CodeListImportMode,
  type CodeListMapping,
  type RejectedCodeRow,
} from '../../../models/dictionary/codeListImport';
import type { Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Badge } from '../../ui';
import type { PendingImport } from './dictionaryUi';
import { ColumnMappingGrid, TableImportDialog, useSheetMapping } from './ImportTableFields';

/** Rows shown in each preview table; the counts cover all of them. */
const PREVIEW_LIMIT = 300;

/** "codes.csv" → "codes": the list a one-list file fills when it has no list column. */
const listNameFromFile = (fileName: string): string => fileName.replace(/\.[^.]+$/, '') || fileName;

/**
 * Code lists from a CSV or XLSX table: column mapping (guessed from the headers, editable),
 * merge or replace, and a preview per list and per rejected row. The document changes only on
 * "Import", as one undo step.
 */
export function CodeListImportDialog({ project, pending, onClose }: { project: Project; pending: PendingImport; onClose(): void }) {
  const { t } = useTranslation('dictionary');
  const updateProject = useProjectStore((s) => s.updateProject);
  const idPrefix = useId();
  const { sheetIndex, table, headers, mapping, setMapping, selectSheet } = useSheetMapping<CodeListMapping>(pending, guessCodeListMapping);
  const [mode, setMode] = useState<CodeListImportMode>('merge');
  const [defaultName, setDefaultName] = useState(() => listNameFromFile(pending.fileName));
  const hasListColumn = mapping.listId !== undefined || mapping.listName !== undefined;
  const preview = useMemo(
    () =>
      table
        ? previewCodeListImport(project, table.rows, mapping, { mode, ...(defaultName.trim() !== '' ? { defaultList: { name: defaultName.trim() } } : {}) })
        : null,
    [project, table, mapping, mode, defaultName],
  );
  const changes = preview?.ok ? preview.lists.length : 0;
  // Where a rejected row is: the file, and the sheet when a workbook has several.
  const place = pending.tables.length > 1 && table ? `${pending.fileName} › ${table.name}` : pending.fileName;

  const problem = (r: RejectedCodeRow): string => {
    const at = t('codeImport.at', { file: place, row: r.row, column: r.column });
    switch (r.problem.kind) {
      case 'empty_code':
        return `${at}: ${t('codeImport.reason.emptyCode')}`;
      case 'empty_label':
        return `${at}: ${t('codeImport.reason.emptyLabel', { code: r.problem.code })}`;
      case 'duplicate_code':
        return `${at}: ${t('codeImport.reason.duplicateCode', { code: r.problem.code, row: r.problem.firstRow })}`;
    }
  };

  return (
    <TableImportDialog
      title={t('codeImport.title', { name: pending.fileName })}
      pending={pending}
      sheetIndex={sheetIndex}
      onSheetChange={selectSheet}
      confirmLabel={t('codeImport.confirm', { count: changes })}
      canConfirm={changes > 0}
      onConfirm={() => {
        if (preview?.ok) updateProject((p) => applyCodeListImport(p, preview.lists));
      }}
      onClose={onClose}
    >
      <fieldset className="cs-dictionary__mapping">
        <legend>{t('import.mapping')}</legend>
        <p className="cs-muted">{t('codeImport.mappingHint')}</p>
        <ColumnMappingGrid
          fields={CODE_LIST_FIELDS}
          mapping={mapping}
          headers={headers}
          idPrefix={idPrefix}
          labelOf={(field: CodeListField) => t(`codeImport.field.${field}`)}
          onChange={setMapping}
        />
        {hasListColumn ? null : (
          <div className="cs-field cs-dictionary__default-list">
            <label className="cs-field__label" htmlFor={`${idPrefix}-default`}>
              {t('codeImport.defaultList')}
            </label>
            <input id={`${idPrefix}-default`} className="cs-input" value={defaultName} onChange={(e) => setDefaultName(e.target.value)} dir="auto" />
            <span className="cs-field__hint">{t('codeImport.defaultListHint')}</span>
          </div>
        )}
      </fieldset>
      <fieldset className="cs-dictionary__mapping cs-dictionary__mode">
        <legend>{t('codeImport.mode')}</legend>
        <label>
          <input type="radio" name={`${idPrefix}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('codeImport.merge')}
        </label>
        <label>
          <input type="radio" name={`${idPrefix}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('codeImport.replace')}
        </label>
      </fieldset>
      {preview && !preview.ok ? (
        <div className="cs-feature-error" role="alert">
          <h4>{t('codeImport.refused')}</h4>
          <p>{t(`codeImport.refusal.${preview.refusal.kind}`)}</p>
        </div>
      ) : preview?.ok ? (
        <>
          <p role="status" className="cs-dictionary__preview-counts">
            {t(mode === 'replace' ? 'codeImport.countsReplace' : 'codeImport.counts', {
              count: preview.counts.lists,
              added: preview.counts.added,
              changed: preview.counts.changed,
              removed: preview.counts.removed,
              rejected: preview.counts.rejected,
            })}
          </p>
          <div className="cs-table-wrap cs-dictionary__preview">
            <table className="cs-table">
              <caption className="cs-visually-hidden">{t('codeImport.listsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('codeImport.list')}</th>
                  <th scope="col">{t('import.action')}</th>
                  <th scope="col">{t('import.details')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.lists.slice(0, PREVIEW_LIMIT).map((list) => (
                  <tr key={list.id}>
                    <th scope="row">
                      {list.name} <span className="cs-muted">{list.id}</span>
                    </th>
                    <td>
                      <Badge tone={list.action === 'add' ? 'success' : 'info'}>{t(`import.actions.${list.action}`)}</Badge>
                    </td>
                    <td>
                      {t(mode === 'replace' ? 'codeImport.listDetailReplace' : 'codeImport.listDetail', {
                        added: list.added,
                        changed: list.changed,
                        unchanged: list.unchanged,
                        removed: list.removed,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.rejected.length > 0 ? (
            <section className="cs-dictionary__rejected" aria-label={t('codeImport.rejectedHeading')}>
              <h4>{t('codeImport.rejectedHeading')}</h4>
              <ul className="cs-feature-plain-list">
                {preview.rejected.slice(0, PREVIEW_LIMIT).map((r) => (
                  <li key={r.row}>
                    <Badge tone="danger">{t('import.actions.reject')}</Badge> {problem(r)}
                  </li>
                ))}
              </ul>
              {preview.rejected.length > PREVIEW_LIMIT ? <p className="cs-muted">{t('import.moreRows', { count: preview.rejected.length - PREVIEW_LIMIT })}</p> : null}
            </section>
          ) : null}
        </>
      ) : null}
    </TableImportDialog>
  );
}
