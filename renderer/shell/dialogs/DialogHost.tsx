import { useDialogStore, type DialogRequest } from '../../store/dialogs';
import { AboutDialog } from './AboutDialog';
import { MessageDialog } from './MessageDialog';
import { ProblemListDialog } from './ProblemListDialog';
import { ProjectPropertiesDialog } from './ProjectPropertiesDialog';
import { PromptDialog } from './PromptDialog';
import { SaveChangesDialog } from './SaveChangesDialog';

function RequestDialog({ request }: { request: DialogRequest }) {
  switch (request.kind) {
    case 'prompt':
      return <PromptDialog request={request} />;
    case 'saveChanges':
      return <SaveChangesDialog request={request} />;
    case 'problemList':
      return <ProblemListDialog request={request} />;
    case 'message':
      return <MessageDialog request={request} />;
  }
}

/** Renders the open panel and every pending dialog request, later ones on top. */
export function DialogHost() {
  const requests = useDialogStore((state) => state.requests);
  const panel = useDialogStore((state) => state.panel);
  const closePanel = () => useDialogStore.getState().openPanel(null);
  return (
    <>
      {panel === 'about' ? <AboutDialog onClose={closePanel} /> : null}
      {panel === 'properties' ? <ProjectPropertiesDialog onClose={closePanel} /> : null}
      {requests.map((request) => (
        <RequestDialog key={request.key} request={request} />
      ))}
    </>
  );
}
