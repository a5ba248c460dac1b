// What an export will write, before it is written: the HTML document itself (PDF prints the
// same) in a sandboxed frame that runs no script, or the list of files with their sizes and the
// first lines of the first text file; PNG files show as thumbnails.

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportArtifact } from '../../../models/export';
import { byteSize, type BuiltExport } from './buildExport';

const PREVIEW_LINES = 14;
const THUMBNAILS = 4;

function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

function Thumbnail({ file }: { file: ExportArtifact }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file.bytes) return undefined;
    const created = URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url ? <img className="cs-export__thumbnail" src={url} alt={file.name} /> : null;
}

export function ExportPreview({ built }: { built: BuiltExport }) {
  const { t, i18n } = useTranslation('export');
  const firstText = useMemo(() => built.files.find((f) => f.text !== undefined), [built]);
  const firstLines = useMemo(() => {
    const lines = firstText?.text?.split('\n') ?? [];
    return { text: lines.slice(0, PREVIEW_LINES).join('\n'), more: lines.length > PREVIEW_LINES };
  }, [firstText]);

  if (built.html !== undefined) {
    return (
      <iframe
        className="cs-export__frame"
        title={t('preview.frameTitle')}
        // No token at all: no script, no forms, no same-origin access, no navigation of the app.
        sandbox=""
        srcDoc={built.html}
      />
    );
  }
  const pictures = built.files.filter((f) => f.mimeType === 'image/png').slice(0, THUMBNAILS);
  return (
    <div className="cs-export__files">
      {built.files.length === 0 ? (
        <p className="cs-muted">{t('preview.noFiles')}</p>
      ) : (
        <table className="cs-table cs-export__file-table">
          <caption className="cs-export__caption">{t('preview.files', { count: built.files.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preview.fileName')}</th>
              <th scope="col" className="cs-export__size">
                {t('preview.fileSize')}
              </th>
            </tr>
          </thead>
          <tbody>
            {built.files.map((file) => (
              <tr key={file.name}>
                <td>
                  <code>{file.name}</code>
                </td>
                <td className="cs-export__size">{formatSize(byteSize(file), i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pictures.length > 0 ? (
        <div className="cs-export__thumbnails">
          {pictures.map((file) => (
            <Thumbnail key={file.name} file={file} />
          ))}
        </div>
      ) : null}
      {built.outline ? (
        <figure className="cs-export__excerpt">
          <figcaption>{t('preview.outline')}</figcaption>
          <ul className="cs-export__outline">
            {built.outline.map((entry) => (
              <li key={entry.anchor} className={entry.level === 2 ? 'cs-export__outline-sub' : undefined}>
                {entry.title}
              </li>
            ))}
          </ul>
        </figure>
      ) : null}
      {firstText ? (
        <figure className="cs-export__excerpt">
          <figcaption>{t('preview.firstLines', { name: firstText.name })}</figcaption>
          <pre tabIndex={0}>{firstLines.text + (firstLines.more ? '\n…' : '')}</pre>
        </figure>
      ) : null}
    </div>
  );
}
