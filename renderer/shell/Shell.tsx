import { useTranslation } from 'react-i18next';
import { useCommands } from '../commands/CommandsContext';
import { useProjectStore } from '../store/projectStore';
import { DialogHost } from './dialogs/DialogHost';
import { MenuBar } from './MenuBar';
import { StartPage } from './StartPage';
import { useShellEffects } from './useShellEffects';
import { Workspace } from './Workspace';

export function Shell() {
  const { t } = useTranslation();
  const { context } = useCommands();
  const project = useProjectStore((state) => state.project);
  useShellEffects();

  return (
    <div className="cs-app">
      <a className="cs-skip-link" href="#cs-main">
        {t('shell:skipToContent')}
      </a>
      {context.host.nativeMenu ? null : <MenuBar />}
      {project ? (
        <Workspace project={project} />
      ) : (
        <main id="cs-main" className="cs-app__start" tabIndex={-1}>
          <StartPage />
        </main>
      )}
      <DialogHost />
    </div>
  );
}
