// SVG of a process's BPMN diagram for exports, drawn by a bpmn-js Viewer in an off-screen
// container (bpmn-js measures text with the DOM, so it cannot run in a worker). One viewer
// serves a whole export; dispose() removes it.

import Viewer from 'bpmn-js/lib/Viewer';
import type { Project } from '../../../models/project/types';

export interface BpmnSvgRenderer {
  svgOf(processId: string): Promise<string | undefined>;
  dispose(): void;
}

export function createBpmnSvgRenderer(project: Project): BpmnSvgRenderer {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: '1600px', height: '1200px', visibility: 'hidden' });
  document.body.append(container);
  const viewer = new Viewer({ container });
  const byId = new Map(project.processes.map((p) => [p.id, p]));
  return {
    async svgOf(processId) {
      const process = byId.get(processId);
      if (!process) return undefined;
      try {
        await viewer.importXML(process.bpmn);
        return (await viewer.saveSVG()).svg;
      } catch {
        // A diagram bpmn-js cannot draw is left out; the document then points to the .bpmn file.
        return undefined;
      }
    },
    dispose() {
      viewer.destroy();
      container.remove();
    },
  };
}
