// Runs in Chromium (bundled by bench/cases/processImport.ts): imports BPMN XML into the
// Processes editor's Modeler (createProcessModeler: cs extension, bpmnlint — whose first run
// is debounced after the import as in the editor —, link decorations, fit) and, as the baseline, into a bare bpmn-js Modeler, each in a fresh container.

import Modeler from 'bpmn-js/lib/Modeler';
import { createProcessModeler, decorateLinks, fitRightOfPalette } from '../../renderer/features/process/processModeler';

declare global {
  interface Window {
    benchImportSubject(xml: string): Promise<number>;
    benchImportBaseline(xml: string): Promise<number>;
  }
}

function freshContainer(): HTMLElement {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.style.width = '1200px';
  container.style.height = '800px';
  document.body.append(container);
  return container;
}

window.benchImportSubject = async (xml) => {
  const container = freshContainer();
  const { modeler, get, cancelLint } = createProcessModeler(container, {});
  await modeler.importXML(xml);
  fitRightOfPalette(get, container);
  decorateLinks(get, new Map(), (count) => String(count));
  const count = get<{ getAll(): unknown[] }>('elementRegistry').getAll().length;
  cancelLint();
  modeler.destroy();
  return count;
};

window.benchImportBaseline = async (xml) => {
  const container = freshContainer();
  const modeler = new Modeler({ container });
  await modeler.importXML(xml);
  const count = (modeler.get('elementRegistry') as { getAll(): unknown[] }).getAll().length;
  modeler.destroy();
  return count;
};
