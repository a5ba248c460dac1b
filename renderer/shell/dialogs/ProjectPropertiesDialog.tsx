import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Author, ProjectMeta } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';

type EditableMeta = Pick<ProjectMeta, 'name' | 'description' | 'country' | 'programme' | 'licence'>;
const TEXT_FIELDS = ['description', 'country', 'programme', 'licence'] as const;

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

function cleanAuthor(author: Author): Author | null {
  const name = author.name.trim();
  if (!name) return null;
  const organisation = optional(author.organisation ?? '');
  const email = optional(author.email ?? '');
  return { name, ...(organisation ? { organisation } : {}), ...(email ? { email } : {}) };
}

function sameMeta(a: ProjectMeta, b: ProjectMeta): boolean {
  const sameFields = (['name', ...TEXT_FIELDS] as const).every((key) => a[key] === b[key]);
  const sameAuthors =
    a.authors.length === b.authors.length &&
    a.authors.every((author, index) => {
      const other = b.authors[index];
      return other !== undefined && author.name === other.name && author.organisation === other.organisation && author.email === other.email;
    });
  return sameFields && sameAuthors;
}

/** Edits the project's metadata; Apply is one undoable change. */
export function ProjectPropertiesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const meta = useProjectStore((state) => state.project?.project);
  const [fields, setFields] = useState<Record<keyof EditableMeta, string>>(() => ({
    name: meta?.name ?? '',
    description: meta?.description ?? '',
    country: meta?.country ?? '',
    programme: meta?.programme ?? '',
    licence: meta?.licence ?? '',
  }));
  const [authors, setAuthors] = useState<Author[]>(() => meta?.authors.map((author) => ({ ...author })) ?? []);
  const [nameError, setNameError] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const formId = useId();
  const ids = { name: useId(), description: useId(), country: useId(), programme: useId(), licence: useId(), nameError: useId() };

  if (!meta) return null;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const name = fields.name.trim();
    if (!name) {
      setNameError(true);
      nameRef.current?.focus();
      return;
    }
    const cleanedAuthors = authors.map(cleanAuthor).filter((author): author is Author => author !== null);
    useProjectStore.getState().updateProject((project) => {
      const next: ProjectMeta = { ...project.project, name, authors: cleanedAuthors };
      for (const key of TEXT_FIELDS) {
        const value = optional(fields[key]);
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      return sameMeta(next, project.project) ? project : { ...project, project: next };
    });
    onClose();
  };

  const setAuthor = (index: number, patch: Partial<Author>) =>
    setAuthors((list) => list.map((author, i) => (i === index ? { ...author, ...patch } : author)));

  return (
    <Dialog
      title={t('shell:properties.title')}
      size="large"
      onClose={onClose}
      initialFocus={nameRef}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" type="submit" form={formId}>
            {t('shell:properties.apply')}
          </Button>
        </>
      }
    >
      <form id={formId} className="cs-form" onSubmit={apply} noValidate>
        <div className="cs-field">
          <label htmlFor={ids.name}>{t('shell:properties.name')}</label>
          <input
            ref={nameRef}
            id={ids.name}
            className="cs-input"
            value={fields.name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? ids.nameError : undefined}
            onChange={(event) => {
              setFields({ ...fields, name: event.target.value });
              setNameError(false);
            }}
          />
          {nameError ? (
            <p id={ids.nameError} className="cs-field__error" role="alert">
              {t('shell:properties.nameRequired')}
            </p>
          ) : null}
        </div>
        <div className="cs-field">
          <label htmlFor={ids.description}>{t('shell:properties.description')}</label>
          <textarea
            id={ids.description}
            className="cs-textarea"
            rows={3}
            value={fields.description}
            onChange={(event) => setFields({ ...fields, description: event.target.value })}
          />
        </div>
        <div className="cs-field-row">
          <div className="cs-field">
            <label htmlFor={ids.country}>{t('shell:properties.country')}</label>
            <input id={ids.country} className="cs-input" value={fields.country} onChange={(event) => setFields({ ...fields, country: event.target.value })} />
          </div>
          <div className="cs-field">
            <label htmlFor={ids.programme}>{t('shell:properties.programme')}</label>
            <input id={ids.programme} className="cs-input" value={fields.programme} onChange={(event) => setFields({ ...fields, programme: event.target.value })} />
          </div>
        </div>
        <div className="cs-field">
          <label htmlFor={ids.licence}>{t('shell:properties.licence')}</label>
          <input id={ids.licence} className="cs-input" value={fields.licence} placeholder={t('shell:properties.licencePlaceholder')} onChange={(event) => setFields({ ...fields, licence: event.target.value })} />
        </div>
        <fieldset className="cs-fieldset">
          <legend>{t('shell:properties.authors')}</legend>
          {authors.length === 0 ? <p className="cs-muted">{t('shell:properties.noAuthors')}</p> : null}
          {authors.map((author, index) => (
            <div className="cs-author-row" key={index}>
              <input
                className="cs-input"
                aria-label={t('shell:properties.authorName', { number: index + 1 })}
                placeholder={t('shell:properties.authorNamePlaceholder')}
                value={author.name}
                onChange={(event) => setAuthor(index, { name: event.target.value })}
              />
              <input
                className="cs-input"
                aria-label={t('shell:properties.authorOrganisation', { number: index + 1 })}
                placeholder={t('shell:properties.authorOrganisationPlaceholder')}
                value={author.organisation ?? ''}
                onChange={(event) => setAuthor(index, { organisation: event.target.value })}
              />
              <input
                className="cs-input"
                type="email"
                aria-label={t('shell:properties.authorEmail', { number: index + 1 })}
                placeholder={t('shell:properties.authorEmailPlaceholder')}
                value={author.email ?? ''}
                onChange={(event) => setAuthor(index, { email: event.target.value })}
              />
              <Button
                variant="ghost"
                size="small"
                aria-label={t('shell:properties.removeAuthor', { number: index + 1 })}
                onClick={() => setAuthors((list) => list.filter((_, i) => i !== index))}
              >
                {t('shell:properties.remove')}
              </Button>
            </div>
          ))}
          <div>
            <Button size="small" onClick={() => setAuthors((list) => [...list, { name: '' }])}>
              {t('shell:properties.addAuthor')}
            </Button>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
