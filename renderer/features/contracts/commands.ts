// The contracts view's commands: import an OpenAPI contract from a file or from a folder whose
// files refer to each other (File › Import). The view's toolbar runs the same commands by id.

import type { Command } from '../../commands/types';
import { importContractFile, pickContractFolder } from './contractImport';

export const CONTRACTS_COMMAND = {
  importFile: 'contracts.importFile',
  importFolder: 'contracts.importFolder',
} as const;

export const contractsCommands: readonly Command[] = [
  {
    id: CONTRACTS_COMMAND.importFile,
    labelKey: 'contracts:command.importFile',
    menu: { slot: 'file.import', order: 40 },
    isEnabled: (state) => state.hasProject,
    run: ({ host }) => importContractFile(host),
  },
  {
    id: CONTRACTS_COMMAND.importFolder,
    labelKey: 'contracts:command.importFolder',
    menu: { slot: 'file.import', order: 41 },
    isEnabled: (state) => state.hasProject,
    run: ({ host }) => pickContractFolder(host),
  },
];
