import { useTranslation } from 'react-i18next';
import type { RecentFile, RecoveryEntry } from '../../models/host/HostApi';
import { useCommands } from '../commands/CommandsContext';
import { discardRecoveryEntry, openRecent, removeRecentFile, restoreRecovery } from '../commands/documents';
import { useHostLists } from '../store/hostLists';
import { Button } from '../ui';
import { Logo } from './Logo';
import { RelativeTime } from './RelativeTime';

/** What the app shows with no project open: start something, reopen something, recover something. */
export function StartPage() {
  const { t } = useTranslation();
  const commands = useCommands();
  const recent = useHostLists((state) => state.recent);
  const recoveryAll = useHostLists((state) => state.recovery);
  const loaded = useHostLists((state) => state.loaded);
  const recovery = recoveryAll.filter((entry) => entry.id !== commands.context.sessionId);

  return (
    <div className="cs-start">
      <header className="cs-start__hero">
        <Logo size={48} />
        <div>
          <h1 className="cs-start__title">{t('shell:app.name')}</h1>
          <p className="cs-start__tagline">{t('shell:start.tagline')}</p>
        </div>
      </header>

      <section className="cs-start__actions" aria-labelledby="cs-start-actions">
        <h2 id="cs-start-actions" className="cs-visually-hidden">
          {t('shell:start.actionsHeading')}
        </h2>
        <ActionCard
          glyph="+"
          title={t('shell:start.newTitle')}
          body={t('shell:start.newBody')}
          shortcut={commands.shortcutLabel('file.new')}
          onClick={() => commands.run('file.new')}
        />
        <ActionCard
          glyph="↗"
          title={t('shell:start.openTitle')}
          body={t('shell:start.openBody')}
          shortcut={commands.shortcutLabel('file.open')}
          onClick={() => commands.run('file.open')}
        />
        <ActionCard
          glyph="★"
          title={t('shell:start.sampleTitle')}
          body={t('shell:start.sampleBody')}
          onClick={() => commands.run('file.openSample')}
          featured
        />
      </section>

      <div className="cs-start__lists">
        {recovery.length > 0 ? (
          <section className="cs-card cs-start__recovery" aria-labelledby="cs-start-recovery">
            <h2 id="cs-start-recovery" className="cs-card__title">
              {t('shell:start.recoveryHeading')}
            </h2>
            <p className="cs-muted">{t('shell:start.recoveryIntro')}</p>
            <ul className="cs-file-list">
              {recovery.map((entry) => (
                <RecoveryRow key={entry.id} entry={entry} />
              ))}
            </ul>
          </section>
        ) : null}

        <section className="cs-card" aria-labelledby="cs-start-recent">
          <h2 id="cs-start-recent" className="cs-card__title">
            {t('shell:start.recentHeading')}
          </h2>
          {loaded && recent.length === 0 ? (
            <p className="cs-muted cs-start__empty">{t('shell:start.recentEmpty')}</p>
          ) : (
            <ul className="cs-file-list">
              {recent.map((file) => (
                <RecentRow key={file.handle} file={file} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function ActionCard(props: { glyph: string; title: string; body: string; shortcut?: string | undefined; onClick: () => void; featured?: boolean }) {
  return (
    <button type="button" className={`cs-action-card${props.featured ? ' cs-action-card--featured' : ''}`} onClick={props.onClick}>
      <span className="cs-action-card__glyph" aria-hidden="true">
        {props.glyph}
      </span>
      <span className="cs-action-card__title">{props.title}</span>
      <span className="cs-action-card__body">{props.body}</span>
      {props.shortcut ? (
        <span className="cs-kbd cs-action-card__shortcut" aria-hidden="true">
          {props.shortcut}
        </span>
      ) : null}
    </button>
  );
}

function RecentRow({ file }: { file: RecentFile }) {
  const { t } = useTranslation();
  const { context } = useCommands();
  return (
    <li className="cs-file-row">
      <button
        type="button"
        className="cs-file-row__open"
        title={`${file.name} — ${file.location}`}
        aria-label={t('shell:start.openRecent', { name: file.name })}
        onClick={() => void openRecent(context, file.handle)}
      >
        <span className="cs-file-row__icon" aria-hidden="true" />
        <span className="cs-file-row__text">
          <span className="cs-file-row__name cs-ellipsis">{file.name}</span>
          <span className="cs-file-row__meta cs-ellipsis">{file.location}</span>
        </span>
        <span className="cs-file-row__when">
          <RelativeTime iso={file.openedAt} />
        </span>
      </button>
      <button
        type="button"
        className="cs-icon-button cs-file-row__remove"
        aria-label={t('shell:start.removeRecent', { name: file.name })}
        title={t('shell:start.removeRecent', { name: file.name })}
        onClick={() => void removeRecentFile(context, file.handle)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

function RecoveryRow({ entry }: { entry: RecoveryEntry }) {
  const { t } = useTranslation();
  const { context } = useCommands();
  return (
    <li className="cs-file-row cs-file-row--recovery">
      <span className="cs-file-row__icon cs-file-row__icon--recovery" aria-hidden="true" />
      <span className="cs-file-row__text">
        <span className="cs-file-row__name cs-ellipsis" title={entry.projectName}>
          {entry.projectName}
        </span>
        <span className="cs-file-row__meta cs-ellipsis">
          {entry.fileName ?? t('shell:start.recoveryNeverSaved')} · <RelativeTime iso={entry.savedAt} />
        </span>
      </span>
      <span className="cs-file-row__actions">
        <Button size="small" variant="ghost" aria-label={t('shell:start.discardRecovery', { name: entry.projectName })} onClick={() => void discardRecoveryEntry(context, entry)}>
          {t('shell:start.discard')}
        </Button>
        <Button size="small" variant="primary" aria-label={t('shell:start.restoreRecovery', { name: entry.projectName })} onClick={() => void restoreRecovery(context, entry)}>
          {t('shell:start.restore')}
        </Button>
      </span>
    </li>
  );
}
