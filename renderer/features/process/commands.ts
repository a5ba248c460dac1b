// The Processes feature's commands: File › Import › BPMN… and File › Export › BPMN, SVG, PNG of
// the open process. The view's buttons run the same functions.

import type { HostApi } from '../../../models/host/HostApi';
import { checkBpmnImport } from '../../../models/process/importBpmn';
import { translate } from '../../i18n';
import type { Command, CommandContext } from '../../commands/types';
import type { DialogService } from '../../store/dialogs';
import { useProjectStore } from '../../store/projectStore';
import { exportBaseName, svgToPng } from './exportDiagram';
import { useProcessUi } from './processUi';

/** Checks a .bpmn text and, when it can be imported, asks for its name and phase in the view. */
export async function startBpmnImport(dialogs: DialogService, fileName: string, xml: string): Promise<void> {
  const check = await checkBpmnImport(xml, fileName);
  if (!check.ok) {
    const items = [...check.errors, ...check.warnings].map((message) => ({ location: fileName, message }));
    await dialogs.showProblems({
      title: translate('process:import.refusedTitle'),
      intro: translate('process:import.refusedIntro', { file: fileName }),
      items,
      copyText: items.map((item) => item.message).join('\n'),
    });
    return;
  }
  useProjectStore.getState().setView('processes');
  useProcessUi.getState().setPendingImport({ fileName, xml, suggestedName: check.suggestedName, suggestedPhase: check.suggestedPhase, warnings: check.warnings });
}

async function importFromHost(ctx: CommandContext): Promise<void> {
  const file = await ctx.host.readImportFile('bpmn');
  if (!file) return;
  await startBpmnImport(ctx.dialogs, file.name, file.text ?? new TextDecoder().decode(file.bytes ?? new Uint8Array()));
}

export type DiagramFormat = 'bpmn' | 'svg' | 'png';

/** Writes the open process (after its pending edits) as .bpmn, .svg or .png. */
export async function exportOpenProcess(host: HostApi, dialogs: DialogService, format: DiagramFormat): Promise<void> {
  const editor = useProcessUi.getState().editor;
  const project = useProjectStore.getState().project;
  if (!editor || !project) return;
  try {
    await editor.flush();
    const process = useProjectStore.getState().project?.processes.find((candidate) => candidate.id === editor.processId);
    if (!process) return;
    const base = exportBaseName(process.name);
    if (format === 'bpmn') {
      await host.writeExport([{ name: `${base}.bpmn`, text: process.bpmn, mimeType: 'application/xml' }], `${base}.bpmn`);
    } else {
      const svg = await editor.saveSvg();
      if (format === 'svg') await host.writeExport([{ name: `${base}.svg`, text: svg, mimeType: 'image/svg+xml' }], `${base}.svg`);
      else await host.writeExport([{ name: `${base}.png`, bytes: await svgToPng(svg), mimeType: 'image/png' }], `${base}.png`);
    }
  } catch (error) {
    await dialogs.showMessage({
      title: translate('process:export.failedTitle'),
      body: error instanceof Error ? error.message : String(error),
      tone: 'danger',
    });
  }
}

const editorOpen = () => useProcessUi.getState().editor !== null;

export const processCommands: readonly Command[] = [
  {
    id: 'process.importBpmn',
    labelKey: 'process:command.importBpmn',
    menu: { slot: 'file.import', order: 20 },
    isEnabled: (state) => state.hasProject,
    run: importFromHost,
  },
  ...(['bpmn', 'svg', 'png'] as const).map(
    (format, index): Command => ({
      id: `process.export.${format}`,
      labelKey: `process:command.export.${format}`,
      menu: { slot: 'file.export', order: 20 + index },
      isEnabled: (state) => state.hasProject && state.view === 'processes' && editorOpen(),
      run: (ctx) => exportOpenProcess(ctx.host, ctx.dialogs, format),
    }),
  ),
];
