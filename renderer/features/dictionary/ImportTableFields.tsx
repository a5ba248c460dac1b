// The parts the data-element and code-list imports share: the choice of sheet in a workbook and
// the column-mapping grid, where each field takes one column of the table or none.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../ui';
import type { PendingImport } from './dictionaryUi';

export function SheetPicker({ tables, index, onChange }: { tables: PendingImport['tables']; index: number; onChange(index: number): void }) {
  const { t } = useTranslation('dictionary');
  if (tables.length < 2) return null;
  return (
    <label className="cs-field">
      <span className="cs-field__label">{t('import.sheet')}</span>
      <select className="cs-select" value={index} onChange={(e) => onChange(Number(e.target.value))}>
        {tables.map((s, i) => (
          <option key={s.name} value={i}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One select per field, listing the table's headers (or "Column N" for an empty header). */
export function ColumnMappingGrid<Field extends string>({
  fields,
  mapping,
  headers,
  idPrefix,
  labelOf,
  onChange,
}: {
  fields: readonly Field[];
  mapping: Partial<Record<Field, number>>;
  headers: readonly string[];
  idPrefix: string;
  labelOf(field: Field): string;
  onChange(mapping: Partial<Record<Field, number>>): void;
}) {
  const { t } = useTranslation('dictionary');
  return (
    <div className="cs-dictionary__mapping-grid">
      {fields.map((field) => (
        <div key={field} className="cs-field">
          <label className="cs-field__label" htmlFor={`${idPrefix}-${field}`}>
            {labelOf(field)}
          </label>
          <select
            id={`${idPrefix}-${field}`}
            className="cs-select"
            value={mapping[field] ?? ''}
            onChange={(e) => {
              const next = { ...mapping };
              if (e.target.value === '') delete next[field];
              else next[field] = Number(e.target.value);
              onChange(next);
            }}
          >
            <option value="">{t('import.notImported')}</option>
            {headers.map((header, i) => (
              <option key={i} value={i}>
                {header || t('import.column', { index: i + 1 })}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

/**
 * The frame of a table import: Cancel / confirm, the file's read error when it has one, else the
 * sheet picker followed by the import's own mapping and preview.
 */
export function TableImportDialog({
  title,
  pending,
  sheetIndex,
  onSheetChange,
  confirmLabel,
  canConfirm,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  pending: PendingImport;
  sheetIndex: number;
  onSheetChange(index: number): void;
  confirmLabel: string;
  canConfirm: boolean;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('dictionary');
  const table = pending.tables[sheetIndex];
  return (
    <Dialog
      title={title}
      size="large"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('import.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!canConfirm}
            onClick={() => {
              onConfirm();
              onClose();
            }}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {pending.error !== undefined || !table ? (
        <div className="cs-feature-error" role="alert">
          <h4>{t('import.unreadable')}</h4>
          <p>{pending.error ?? t('import.noSheets')}</p>
        </div>
      ) : (
        <>
          <SheetPicker tables={pending.tables} index={sheetIndex} onChange={onSheetChange} />
          {children}
        </>
      )}
    </Dialog>
  );
}

/**
 * The chosen sheet and the column mapping of a table import: choosing another sheet guesses the
 * mapping again from that sheet's headers.
 */
export function useSheetMapping<Mapping>(pending: PendingImport, guess: (headers: readonly string[]) => Mapping) {
  const [sheetIndex, setSheetIndex] = useState(0);
  const table = pending.tables[sheetIndex];
  const headers = table?.rows[0] ?? [];
  const [mapping, setMapping] = useState<Mapping>(() => guess(headers));
  const selectSheet = (index: number): void => {
    setSheetIndex(index);
    setMapping(guess(pending.tables[index]?.rows[0] ?? []));
  };
  return { sheetIndex, table, headers, mapping, setMapping, selectSheet };
}
