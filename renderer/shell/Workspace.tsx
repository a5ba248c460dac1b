import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../models/project/types';
import { useCommands } from '../commands/CommandsContext';
import { useProblemCounts } from '../store/problems';
import { useIsDirty, useProjectStore } from '../store/projectStore';
import { MAIN_VIEWS, type MainViewId } from '../store/views';
import { Badge, Button } from '../ui';
import { StartPage } from './StartPage';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { VIEW_COMPONENTS } from './views';

/** The layout while a project is open: header, navigation, the current view, status bar. */
export function Workspace({ project }: { project: Project }) {
  const view = useProjectStore((state) => state.view);
  return (
    <div className="cs-workspace">
      <WorkspaceHeader project={project} />
      <div className="cs-workspace__body">
        <Navigation project={project} />
        <main id="cs-main" className="cs-workspace__main" tabIndex={-1}>
          <MigrationNotice />
          {view === 'start' ? (
            <StartPage />
          ) : (
            <ViewErrorBoundary resetKey={view}>
              <Suspense fallback={<ViewLoading />}>
                <CurrentView view={view} project={project} />
              </Suspense>
            </ViewErrorBoundary>
          )}
        </main>
      </div>
      <StatusBar />
    </div>
  );
}

function CurrentView({ view, project }: { view: MainViewId; project: Project }) {
  const View = VIEW_COMPONENTS[view];
  return <View project={project} />;
}

function ViewLoading() {
  const { t } = useTranslation();
  return (
    <div className="cs-view-loading" role="status">
      {t('shell:view.loading')}
    </div>
  );
}

function WorkspaceHeader({ project }: { project: Project }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const name = project.project.name;
  const subtitle = [project.project.programme, project.project.country].filter(Boolean).join(' · ');
  const tip = (id: string) => {
    const shortcut = commands.shortcutLabel(id);
    return shortcut ? `${commands.label(id)} (${shortcut})` : commands.label(id);
  };
  return (
    <header className="cs-header">
      <button
        type="button"
        className="cs-header__project"
        aria-label={t('shell:header.properties', { name })}
        title={t('shell:header.properties', { name })}
        onClick={() => commands.run('project.properties')}
      >
        <span className="cs-header__name cs-ellipsis">{name}</span>
        {subtitle ? <span className="cs-header__subtitle cs-ellipsis">{subtitle}</span> : null}
      </button>
      <div className="cs-toolbar" role="toolbar" aria-label={t('shell:header.toolbar')}>
        <Button variant="ghost" size="small" title={tip('edit.undo')} disabled={!commands.isEnabled('edit.undo')} onClick={() => commands.run('edit.undo')}>
          {t('shell:header.undo')}
        </Button>
        <Button variant="ghost" size="small" title={tip('edit.redo')} disabled={!commands.isEnabled('edit.redo')} onClick={() => commands.run('edit.redo')}>
          {t('shell:header.redo')}
        </Button>
        <span className="cs-toolbar__divider" aria-hidden="true" />
        <Button variant="secondary" size="small" title={tip('file.save')} onClick={() => commands.run('file.save')}>
          {t('shell:header.save')}
        </Button>
      </div>
    </header>
  );
}

function viewCount(project: Project, view: MainViewId): number | null {
  switch (view) {
    case 'landscape':
      return project.components.length;
    case 'processes':
      return project.processes.length;
    case 'dictionary':
      return project.dataElements.length;
    case 'contracts':
      return project.apiContracts.length;
    case 'scenarios':
      return project.scenarios.length;
    case 'problems':
      return null;
  }
}

function Navigation({ project }: { project: Project }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const current = useProjectStore((state) => state.view);
  const problems = useProblemCounts();
  return (
    <nav className="cs-nav" aria-label={t('shell:nav.label')}>
      <ul className="cs-nav__list">
        {MAIN_VIEWS.map((view) => {
          const count = viewCount(project, view);
          const shortcut = commands.shortcutLabel(`view.${view}`);
          return (
            <li key={view}>
              <button
                type="button"
                className="cs-nav__item"
                aria-current={current === view ? 'page' : undefined}
                title={shortcut ? `${t(`shell:view.${view}`)} (${shortcut})` : undefined}
                onClick={() => commands.run(`view.${view}`)}
              >
                <span className={`cs-nav__icon cs-nav__icon--${view}`} aria-hidden="true" />
                <span className="cs-nav__label">{t(`shell:view.${view}`)}</span>
                {view === 'problems' ? (
                  problems.errors > 0 ? (
                    <Badge tone="danger">
                      <span aria-hidden="true">{problems.errors}</span>
                      <span className="cs-visually-hidden">{t('shell:status.errors', { count: problems.errors })}</span>
                    </Badge>
                  ) : problems.warnings > 0 ? (
                    <Badge tone="warning">
                      <span aria-hidden="true">{problems.warnings}</span>
                      <span className="cs-visually-hidden">{t('shell:status.warnings', { count: problems.warnings })}</span>
                    </Badge>
                  ) : (
                    <span className="cs-nav__count">
                      <span aria-hidden="true">0</span>
                      <span className="cs-visually-hidden">{t('shell:status.errors', { count: 0 })}</span>
                    </span>
                  )
                ) : (
                  <span className="cs-nav__count">
                    <span aria-hidden="true">{count}</span>
                    <span className="cs-visually-hidden">{t('shell:nav.count', { count: count ?? 0 })}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function MigrationNotice() {
  const { t } = useTranslation();
  const migratedFrom = useProjectStore((state) => state.migratedFrom);
  if (migratedFrom === null) return null;
  return (
    <div className="cs-notice" role="status">
      {t('shell:notice.migrated', { version: migratedFrom })}
    </div>
  );
}

function StatusBar() {
  const { t } = useTranslation();
  const commands = useCommands();
  const fileName = useProjectStore((state) => state.file?.name ?? '');
  const dirty = useIsDirty();
  const problems = useProblemCounts();
  return (
    <footer className="cs-statusbar" aria-label={t('shell:status.label')}>
      <span className="cs-statusbar__file cs-ellipsis" title={fileName}>
        {fileName}
      </span>
      <span className={`cs-statusbar__state${dirty ? ' cs-statusbar__state--dirty' : ''}`} aria-live="polite">
        {dirty ? t('shell:status.unsaved') : t('shell:status.saved')}
      </span>
      <span className="cs-statusbar__spacer" />
      <button type="button" className="cs-statusbar__problems" onClick={() => commands.run('view.problems')} aria-label={t('shell:status.problemsButton', { errors: t('shell:status.errors', { count: problems.errors }), warnings: t('shell:status.warnings', { count: problems.warnings }) })}>
        <span className="cs-statusbar__dot cs-statusbar__dot--error" aria-hidden="true" />
        {t('shell:status.errors', { count: problems.errors })}
        <span className="cs-statusbar__dot cs-statusbar__dot--warning" aria-hidden="true" />
        {t('shell:status.warnings', { count: problems.warnings })}
      </button>
    </footer>
  );
}
