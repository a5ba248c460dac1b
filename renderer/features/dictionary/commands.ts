// The data dictionary's commands: import of data elements or code lists from CSV/XLSX (File › Import) and export of the
// dictionary and code lists (File › Export). The view's toolbar runs the same commands by id.

import type { Command } from '../../commands/types';
import { useProjectStore } from '../../store/projectStore';
import { exportDictionaryCsv, exportDictionaryXlsx, startDictionaryImport } from './dictionaryIo';

export const DICTIONARY_COMMAND = {
  importCsv: 'dictionary.importCsv',
  importXlsx: 'dictionary.importXlsx',
  importCodeListsCsv: 'dictionary.importCodeListsCsv',
  importCodeListsXlsx: 'dictionary.importCodeListsXlsx',
  exportCsv: 'dictionary.exportCsv',
  exportXlsx: 'dictionary.exportXlsx',
} as const;

const whenProject = (state: { hasProject: boolean }) => state.hasProject;

function currentProject() {
  const project = useProjectStore.getState().project;
  if (!project) throw new Error('No project is open');
  return project;
}

export const dictionaryCommands: readonly Command[] = [
  {
    id: DICTIONARY_COMMAND.importCsv,
    labelKey: 'dictionary:command.importCsv',
    menu: { slot: 'file.import', order: 30 },
    isEnabled: whenProject,
    run: ({ host }) => startDictionaryImport(host, 'csv'),
  },
  {
    id: DICTIONARY_COMMAND.importXlsx,
    labelKey: 'dictionary:command.importXlsx',
    menu: { slot: 'file.import', order: 31 },
    isEnabled: whenProject,
    run: ({ host }) => startDictionaryImport(host, 'xlsx'),
  },
  {
    id: DICTIONARY_COMMAND.importCodeListsCsv,
    labelKey: 'dictionary:command.importCodeListsCsv',
    menu: { slot: 'file.import', order: 32 },
    isEnabled: whenProject,
    run: ({ host }) => startDictionaryImport(host, 'csv', 'codeLists'),
  },
  {
    id: DICTIONARY_COMMAND.importCodeListsXlsx,
    labelKey: 'dictionary:command.importCodeListsXlsx',
    menu: { slot: 'file.import', order: 33 },
    isEnabled: whenProject,
    run: ({ host }) => startDictionaryImport(host, 'xlsx', 'codeLists'),
  },
  {
    id: DICTIONARY_COMMAND.exportCsv,
    labelKey: 'dictionary:command.exportCsv',
    menu: { slot: 'file.export', order: 30 },
    isEnabled: whenProject,
    run: ({ host }) => exportDictionaryCsv(host, currentProject()),
  },
  {
    id: DICTIONARY_COMMAND.exportXlsx,
    labelKey: 'dictionary:command.exportXlsx',
    menu: { slot: 'file.export', order: 31 },
    isEnabled: whenProject,
    run: ({ host }) => exportDictionaryXlsx(host, currentProject()),
  },
];
