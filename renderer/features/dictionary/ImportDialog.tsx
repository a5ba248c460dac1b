import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyDictionaryImport,
  DICTIONARY_FIELDS,
  guessColumnMapping,
  previewDictionaryImport,
  type ColumnMapping,
  type DictionaryField,
  type RejectReason,
} from '../../../models/dictionary/tableImport';
import type { Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Badge, type BadgeTone } from '../../ui';
import type { PendingImport } from './dictionaryUi';
import { ColumnMappingGrid, TableImportDialog, useSheetMapping } from './ImportTableFields';

const ACTION_TONE: Record<'add' | 'update' | 'reject', BadgeTone> = { add: 'success', update: 'info', reject: 'danger' };
/** Rows shown in the preview; the counts cover all of them. */
const PREVIEW_LIMIT = 500;

/**
 * Column mapping (guessed from the headers, editable) and a per-row preview of what the import
 * would do. The document changes only on "Import", as one undo step.
 */
export function ImportDialog({ project, pending, onClose }: { project: Project; pending: PendingImport; onClose(): void }) {
  const { t } = useTranslation('dictionary');
  const updateProject = useProjectStore((s) => s.updateProject);
  const idPrefix = useId();
  const { sheetIndex, table, headers, mapping, setMapping, selectSheet } = useSheetMapping<ColumnMapping>(pending, guessColumnMapping);
  const preview = useMemo(() => (table ? previewDictionaryImport(project, table.rows, mapping) : null), [project, table, mapping]);
  const changes = preview?.ok ? preview.counts.add + preview.counts.update : 0;

  const reason = (r: RejectReason): string => {
    switch (r.kind) {
      case 'empty_name':
        return t('import.reason.emptyName');
      case 'unknown_type':
        return t('import.reason.unknownType', { value: r.value });
      case 'unknown_sensitivity':
        return t('import.reason.unknownSensitivity', { value: r.value });
      case 'unknown_code_list':
        return t('import.reason.unknownCodeList', { value: r.value });
      case 'duplicate_id':
        return t('import.reason.duplicateId', { id: r.id, row: r.firstRow });
    }
  };

  return (
    <TableImportDialog
      title={t('import.title', { name: pending.fileName })}
      pending={pending}
      sheetIndex={sheetIndex}
      onSheetChange={selectSheet}
      confirmLabel={t('import.confirm', { count: changes })}
      canConfirm={changes > 0}
      onConfirm={() => {
        if (preview?.ok) updateProject((p) => applyDictionaryImport(p, preview.rows));
      }}
      onClose={onClose}
    >
      <fieldset className="cs-dictionary__mapping">
        <legend>{t('import.mapping')}</legend>
        <p className="cs-muted">{t('import.mappingHint')}</p>
        <ColumnMappingGrid
          fields={DICTIONARY_FIELDS}
          mapping={mapping}
          headers={headers}
          idPrefix={idPrefix}
          labelOf={(field: DictionaryField) => t(`import.field.${field}`)}
          onChange={setMapping}
        />
      </fieldset>
      {preview && !preview.ok ? (
        <div className="cs-feature-error" role="alert">
          <h4>{t('import.refused')}</h4>
          <p>
            {preview.refusal.kind === 'empty'
              ? t('import.refusal.empty')
              : preview.refusal.kind === 'no_name_column'
                ? t('import.refusal.noName')
                : t('import.refusal.records', { headers: preview.refusal.headers.slice(0, 6).join(', ') })}
          </p>
        </div>
      ) : preview?.ok ? (
        <>
          <p role="status" className="cs-dictionary__preview-counts">
            {t('import.counts', { add: preview.counts.add, update: preview.counts.update, reject: preview.counts.reject })}
          </p>
          <div className="cs-table-wrap cs-dictionary__preview">
            <table className="cs-table">
              <caption className="cs-visually-hidden">{t('import.previewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="cs-num">
                    {t('import.row')}
                  </th>
                  <th scope="col">{t('import.action')}</th>
                  <th scope="col">{t('column.name')}</th>
                  <th scope="col">{t('import.details')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, PREVIEW_LIMIT).map((r) => (
                  <tr key={r.row}>
                    <td className="cs-num">{r.row}</td>
                    <td>
                      <Badge tone={ACTION_TONE[r.action]}>{t(`import.actions.${r.action}`)}</Badge>
                    </td>
                    <td>{r.action === 'reject' ? r.name || t('none') : r.element.name}</td>
                    <td>
                      {r.action === 'reject'
                        ? r.reasons.map(reason).join(' ')
                        : r.action === 'update'
                          ? t('import.updates', { id: r.element.id })
                          : `${r.element.id} · ${t(`dataType.${r.element.type}`)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.rows.length > PREVIEW_LIMIT ? <p className="cs-muted">{t('import.moreRows', { count: preview.rows.length - PREVIEW_LIMIT })}</p> : null}
        </>
      ) : null}
    </TableImportDialog>
  );
}
