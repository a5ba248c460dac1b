// Importing contracts from a file or a folder, replacing one with a newer version, and adding a
// generated skeleton. Parsing runs in the worker; the document changes in one undo step.

import i18next from 'i18next';
import type { AnalyseResult, ContractAnalysis } from '../../../models/contracts/analyse';
import { addContract } from '../../../models/contracts/importContract';
import { findEntryDocuments, type LoadError } from '../../../models/contracts/load';
import type { HostApi, ImportFolder } from '../../../models/host/HostApi';
import { slugify, uniqueId } from '../../../models/project/ids';
import type { ApiContract, Project } from '../../../models/project/types';
import { dialogs } from '../../store/dialogs';
import { useProjectStore } from '../../store/projectStore';
import { analyse } from './analyseClient';
import { useContractsUi } from './contractsUi';

export function describeLoadError(error: LoadError): string {
  const where = error.line !== undefined ? i18next.t('contracts:import.errorAt', { file: error.file, line: error.line }) : error.file;
  return `${where}: ${error.message}`;
}

const baseName = (p: string) => p.split('/').pop() ?? p;

/** The contract to add for an analysed entry, named after its title (distinguished by file). */
export function contractFor(project: Project, entryPath: string, text: string, analysis: ContractAnalysis, folder: boolean, taken: Set<string>): ApiContract {
  const title = analysis.title?.trim() || baseName(entryPath);
  const sameName = project.apiContracts.some((c) => c.name === title);
  const id = uniqueId(slugify(baseName(entryPath).replace(/\.(ya?ml|json)$/i, '')), taken);
  taken.add(id);
  const contract: ApiContract = {
    id,
    name: sameName ? `${title} (${baseName(entryPath)})` : title,
    version: analysis.version ?? '',
    format: analysis.format,
    source: text,
    sourceName: folder ? entryPath : baseName(entryPath),
  };
  if (folder && analysis.referencedFiles.length > 0) contract.files = analysis.referencedFiles;
  return contract;
}

async function analyseWithProgress(fileName: string, entryPath: string, files: Array<[string, string]>): Promise<AnalyseResult> {
  const size = files.reduce((sum, [, text]) => sum + text.length, 0);
  useContractsUi.getState().set({ importing: { fileName, size } });
  try {
    return await analyse({ entryPath, files });
  } finally {
    useContractsUi.getState().set({ importing: null });
  }
}

function showError(title: string, body: string): Promise<void> {
  return dialogs.showMessage({ title, body, tone: 'danger' });
}

export async function importContractFile(host: HostApi): Promise<void> {
  const file = await host.readImportFile('openapi');
  if (!file || file.text === undefined) return;
  useProjectStore.getState().setView('contracts');
  const result = await analyseWithProgress(file.name, file.name, [[file.name, file.text]]);
  if (!result.ok) {
    await showError(i18next.t('contracts:import.failedTitle', { name: file.name }), describeLoadError(result.error));
    return;
  }
  const store = useProjectStore.getState();
  if (!store.project) return;
  const contract = contractFor(store.project, file.name, file.text, result.analysis, false, new Set(store.project.apiContracts.map((c) => c.id)));
  store.updateProject((p) => addContract(p, contract));
  useContractsUi.getState().set({ selectedContractId: contract.id, selectedOperation: null });
}

/** Entry documents of a picked folder waiting for the user to choose which to import. */
export interface PendingFolder {
  folder: ImportFolder;
  entries: string[];
}

export async function pickContractFolder(host: HostApi): Promise<void> {
  const folder = await host.readImportFolder('openapi');
  if (!folder) return;
  useProjectStore.getState().setView('contracts');
  const entries = findEntryDocuments(folder.files);
  if (entries.length === 0) {
    await showError(i18next.t('contracts:import.noEntriesTitle'), i18next.t('contracts:import.noEntries', { name: folder.name, count: folder.files.length }));
    return;
  }
  useContractsUi.getState().set({ pendingFolder: { folder, entries } });
}

/** Imports the chosen entry documents of a folder, all in one undo step; returns the errors. */
export async function importFolderEntries(pending: PendingFolder, chosen: readonly string[]): Promise<string[]> {
  const files = pending.folder.files.map((f): [string, string] => [f.path, f.text]);
  const contracts: ApiContract[] = [];
  const errors: string[] = [];
  const project = useProjectStore.getState().project;
  if (!project) return errors;
  const taken = new Set(project.apiContracts.map((c) => c.id));
  for (const entry of chosen) {
    const result = await analyseWithProgress(entry, entry, files);
    if (!result.ok) {
      errors.push(describeLoadError(result.error));
      continue;
    }
    const text = pending.folder.files.find((f) => f.path === entry)!.text;
    contracts.push(contractFor({ ...project, apiContracts: [...project.apiContracts, ...contracts] }, entry, text, result.analysis, true, taken));
  }
  if (contracts.length > 0) {
    useProjectStore.getState().updateProject((p) => ({ ...p, apiContracts: [...p.apiContracts, ...contracts] }));
    useContractsUi.getState().set({ selectedContractId: contracts[0]!.id, selectedOperation: null });
  }
  return errors;
}
