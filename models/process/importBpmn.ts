// Importing a .bpmn file as a new process of a project. The XML is kept verbatim as the process's
// `bpmn` so that everything the file had (several diagrams, vendor extensions of Camunda, Zeebe,
// Signavio, Trisotech…) is still there on export; we only parse it to check that it is BPMN we
// can read without losing anything, and to find a name and a delivery-chain phase.

import { getDeliveryChainStep } from '../catalog';
import { slugify, uniqueId } from '../project/ids';
import type { Process, Project } from '../project/types';
import { parseBpmn, BpmnParseError, type ModdleElement } from './moddle';
import { readProcessSteps } from './steps';
import { utf8Length } from '../text/utf8Length';

/** Larger files are refused before parsing (a 20 MB diagram is no hand-made process). */
export const MAX_BPMN_IMPORT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_IMPORT_PHASE = 'assess';

export interface BpmnImportOptions {
  /** The process name; defaults to the name of the first process or pool, then the file name. */
  name?: string;
  /** A delivery-chain phase id; defaults to the phase of the first step's cs:chainStep, then 'assess'. */
  phase?: string;
}

export type BpmnImportResult =
  | { ok: true; project: Project; processIds: string[]; warnings: string[] }
  | { ok: false; errors: string[] };

export interface BpmnCheckResult {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** Name and phase the import would use. */
  suggestedName: string;
  suggestedPhase: string;
}

const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Checks that need no parser, in the order a user would want to hear them. */
function precheck(xmlText: string, fileName: string): string | null {
  if (xmlText.length > MAX_BPMN_IMPORT_BYTES || utf8Length(xmlText) > MAX_BPMN_IMPORT_BYTES) {
    return `${fileName}: the file is ${formatMegabytes(utf8Length(xmlText))}; a BPMN import may be at most ${formatMegabytes(MAX_BPMN_IMPORT_BYTES)}`;
  }
  const body = xmlText.replace(/^\uFEFF/, '');
  if (body.trim() === '') return `${fileName}: the file is empty`;
  // Entity declarations could expand to gigabytes (billion laughs) or read other files; BPMN never needs them.
  const declaration = /<!(DOCTYPE|ENTITY)\b/i.exec(body);
  if (declaration) {
    return `${fileName} (line ${lineOf(body, declaration.index)}): XML with a <!${declaration[1]?.toUpperCase()}> declaration is refused; BPMN files do not need document type or entity declarations`;
  }
  if (!body.trimStart().startsWith('<')) return `${fileName}: the file is not XML (it does not start with '<')`;
  return null;
}

/**
 * Warnings of bpmn-moddle that mean part of the file would be dropped (an element it could not
 * read, a duplicate id): importing then would lose content, so they are errors for an import.
 */
function isLossyWarning(warning: string): boolean {
  return /unparsable content|duplicate ID/i.test(warning);
}

function firstName(definitions: ModdleElement): string | undefined {
  const roots = list(definitions.rootElements);
  for (const root of roots) {
    if (root.$instanceOf('bpmn:Collaboration')) {
      for (const participant of list(root.participants)) {
        if (typeof participant.name === 'string' && participant.name.trim() !== '') return participant.name.trim();
      }
    }
  }
  for (const root of roots) {
    if (root.$instanceOf('bpmn:Process') && typeof root.name === 'string' && root.name.trim() !== '') return root.name.trim();
  }
  if (typeof definitions.name === 'string' && definitions.name.trim() !== '') return definitions.name.trim();
  return undefined;
}

function nameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const withoutExtension = base.replace(/\.(bpmn2?|xml)$/i, '');
  return withoutExtension.trim() === '' ? 'Imported process' : withoutExtension;
}

/** Parses and checks a .bpmn text; the import itself and the import dialog both use it. */
export async function checkBpmnImport(xmlText: string, fileName: string): Promise<BpmnCheckResult> {
  const fallbackName = nameFromFile(fileName);
  const refused = (errors: string[], warnings: string[] = []): BpmnCheckResult => ({
    ok: false,
    errors,
    warnings,
    suggestedName: fallbackName,
    suggestedPhase: DEFAULT_IMPORT_PHASE,
  });
  const early = precheck(xmlText, fileName);
  if (early !== null) return refused([early]);

  let definitions: ModdleElement;
  let warnings: string[];
  try {
    ({ definitions, warnings } = await parseBpmn(xmlText));
  } catch (error) {
    const reason = error instanceof BpmnParseError || error instanceof Error ? error.message : String(error);
    const notBpmn = /failed to parse document as <bpmn:Definitions>/.test(reason);
    return refused([notBpmn ? `${fileName}: the XML is not BPMN 2.0 (no <definitions> of the BPMN 2.0 namespace)` : `${fileName}: ${reason}`]);
  }
  const lossy = warnings.filter(isLossyWarning).map((warning) => `${fileName}: ${warning}`);
  const others = warnings.filter((warning) => !isLossyWarning(warning)).map((warning) => `${fileName}: ${warning}`);
  if (lossy.length > 0) return refused(lossy, others);

  const roots = list(definitions.rootElements);
  if (!roots.some((root) => root.$instanceOf('bpmn:Process') || root.$instanceOf('bpmn:Collaboration'))) {
    return refused([`${fileName}: the BPMN file contains no process or collaboration`], others);
  }

  let suggestedPhase = DEFAULT_IMPORT_PHASE;
  try {
    const { steps } = await readProcessSteps('import', xmlText);
    const chainStep = steps.find((step) => step.chainStep !== undefined && getDeliveryChainStep(step.chainStep) !== undefined)?.chainStep;
    const phase = chainStep === undefined ? undefined : getDeliveryChainStep(chainStep)?.phase;
    if (phase !== undefined) suggestedPhase = phase;
  } catch {
    // Already parsed once above; a second failure leaves the default phase.
  }
  return { ok: true, errors: [], warnings: others, suggestedName: firstName(definitions) ?? fallbackName, suggestedPhase };
}

/**
 * Adds the BPMN file as one new process (all its diagrams, pools and lanes stay together in the
 * one XML). The project is not changed when the result is not ok.
 */
export async function importBpmnAsProcesses(
  project: Project,
  xmlText: string,
  fileName: string,
  options: BpmnImportOptions = {},
): Promise<BpmnImportResult> {
  const check = await checkBpmnImport(xmlText, fileName);
  if (!check.ok) return { ok: false, errors: [...check.errors, ...check.warnings] };
  const name = options.name?.trim() || check.suggestedName;
  const phase = options.phase ?? check.suggestedPhase;
  const id = uniqueId(slugify(name), new Set(project.processes.map((process) => process.id)));
  const process: Process = { id, name, phase, bpmn: xmlText };
  return { ok: true, project: { ...project, processes: [...project.processes, process] }, processIds: [id], warnings: check.warnings };
}
