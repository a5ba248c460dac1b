// The export dialog can be opened from any view (menu, shortcut), so it has a root of its own
// rather than a slot in one view; it reads the open project from the store when it opens.

import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { HostApi } from '../../../models/host/HostApi';
import { useProjectStore } from '../../store/projectStore';
import { ExportDialog } from './ExportDialog';
import './export.css';

let open: { root: Root; container: HTMLElement } | null = null;

export function closeExportDialog(): void {
  if (!open) return;
  const { root, container } = open;
  open = null;
  root.unmount();
  container.remove();
}

export function openExportDialog(host: HostApi, initialScenarioId?: string): void {
  const project = useProjectStore.getState().project;
  if (!project || open) return;
  const container = document.createElement('div');
  container.className = 'cs-export-root';
  document.body.append(container);
  const root = createRoot(container);
  open = { root, container };
  root.render(
    <StrictMode>
      <ExportDialog project={project} host={host} onClose={closeExportDialog} {...(initialScenarioId !== undefined ? { initialScenarioId } : {})} />
    </StrictMode>,
  );
}
