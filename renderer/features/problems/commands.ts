// The Problems feature's commands: File › Export › Data-protection annex…

import type { Command } from '../../commands/types';

export const PRIVACY_COMMAND = { exportAnnex: 'privacy.exportAnnex' } as const;

export const problemsCommands: readonly Command[] = [
  {
    id: PRIVACY_COMMAND.exportAnnex,
    labelKey: 'privacy:command.exportAnnex',
    menu: { slot: 'file.export', order: 60 },
    isEnabled: (state) => state.hasProject,
    // The dialog (and React DOM's createRoot) load only when the user asks for the annex.
    run: async (ctx) => (await import('./AnnexExportDialog')).openAnnexExportDialog(ctx),
  },
];
