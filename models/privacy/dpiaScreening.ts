// The DPIA screening checklist: the criteria data-protection authorities use to decide whether
// processing is "likely to result in a high risk" (the EDPB's nine criteria, plus biometrics,
// transfers abroad and disclosure to private operators, which the SPIAC-B guide stresses for
// social protection), each answered from what the model records, with the evidence.

import { componentSector, getComponentType } from '../catalog';
import type { Component, DataElement, Interaction, Project } from '../project/types';
import type { StepInfo } from '../process/steps';
import { SECTOR_NAMES } from './labels';
import { buildProcessingRecord } from './processingRecord';
import { resolveScope, type PrivacyScope } from './scope';
import type { DpiaAnswer, DpiaCriterionId, DpiaEvidence, DpiaScreeningItem, DpiaSummary, PrivacyOptions, ProcessingRecordRow } from './types';

/** A flow or register at least this big (records per run, day or file) counts as large-scale. */
export const LARGE_SCALE_THRESHOLD = 1000;

/** Component types that hold national-scale registers of people by their nature. */
const NATIONAL_REGISTERS: ReadonlySet<string> = new Set(['social_registry', 'ibr', 'id_system', 'crvs', 'population_register']);

const BIOMETRIC = /biometric|fingerprint|\biris\b|facial|face image|photograph|liveness|palm ?print/i;
const SCORING = /score|proxy[ -]?means|\bpmt\b|means[ -]test|poverty|profil/i;
const VULNERABLE = /child|minor|orphan|infant|elderly|older person|old[- ]age|disab|refugee|asylum|migrant|displaced|pregnan|widow|survivor/i;
const NEW_TECHNOLOGY = /biometric|artificial intelligence|machine learning|\bAI\b|predictive|blockchain|distributed ledger|verifiable credential|digital wallet|facial recognition|satellite|drone/i;
const DECISION_NAME = /eligib|decide|decision|approve|reject|exit|terminat|suspend|graduat/i;

const DECISION_CHAIN_STEPS: ReadonlySet<string> = new Set(['eligibility_enrolment_decision', 'exit_case_closure', 'periodic_reassessment']);
const MONITORING_CHAIN_STEPS: ReadonlySet<string> = new Set(['conditionality_compliance', 'monitoring_analysis']);
// Patterns through which one system keeps watching for events about people in another.
const MONITORING_PATTERNS: ReadonlySet<string> = new Set(['subscribe_notify', 'publish_subscribe_broker', 'webhook']);
const AUTOMATED_TASKS: ReadonlySet<string> = new Set(['bpmn:ServiceTask', 'bpmn:BusinessRuleTask', 'bpmn:ScriptTask']);

interface Context {
  project: Project;
  scope: PrivacyScope;
  rows: ProcessingRecordRow[];
  elementsById: Map<string, DataElement>;
  componentsById: Map<string, Component>;
  interactionsById: Map<string, Interaction>;
  processNames: Map<string, string>;
  carried?: DataElement[];
}

export function screenDpia(project: Project, options: PrivacyOptions = {}): DpiaScreeningItem[] {
  const context: Context = {
    project,
    scope: resolveScope(project, options),
    rows: buildProcessingRecord(project, options),
    elementsById: new Map(project.dataElements.map((element) => [element.id, element])),
    componentsById: new Map(project.components.map((component) => [component.id, component])),
    interactionsById: new Map(project.interactions.map((interaction) => [interaction.id, interaction])),
    processNames: new Map(project.processes.map((process) => [process.id, process.name])),
  };
  return [
    sensitiveData(context),
    largeScale(context),
    biometrics(context),
    scoringProfiling(context),
    automatedDecisions(context),
    accessToService(context),
    systematicMonitoring(context),
    matchingDatasets(context),
    vulnerablePeople(context),
    newTechnology(context),
    crossBorder(context),
    privateRecipients(context),
  ];
}

/** Counts of the answers, and whether the screening points to a full DPIA. */
export function summariseDpia(items: readonly DpiaScreeningItem[], rows: readonly ProcessingRecordRow[]): DpiaSummary {
  const count = (answer: DpiaAnswer) => items.filter((item) => item.answer === answer).length;
  const references: string[] = [];
  for (const row of rows) {
    const reference = row.security.dpiaReference;
    if (reference && !references.includes(reference)) references.push(reference);
  }
  return { yes: count('yes'), no: count('no'), unknown: count('unknown'), dpiaLikelyRequired: count('yes') >= 2, dpiaReferences: references };
}

// --- helpers ---------------------------------------------------------------------------------

/** "One flow", "3 flows". */
export const flows = (count: number): string => (count === 1 ? 'One flow' : `${count} flows`);

function item(
  id: DpiaCriterionId,
  question: string,
  guidance: string,
  answer: DpiaAnswer,
  explanation: string,
  evidence: DpiaEvidence[] = [],
): DpiaScreeningItem {
  return { id, question, guidance, answer, explanation, evidence };
}

const interactionEvidence = (row: { interactionId: string; interactionName: string }, why?: string): DpiaEvidence => ({
  kind: 'interaction',
  id: row.interactionId,
  label: why ? `${row.interactionName} (${why})` : row.interactionName,
});

const elementEvidence = (element: { id: string; name: string }): DpiaEvidence => ({
  kind: 'dataElement',
  id: element.id,
  label: `${element.name} (${element.id})`,
});

function stepEvidence(context: Context, step: StepInfo, why?: string): DpiaEvidence {
  const process = context.processNames.get(step.processId) ?? step.processId;
  const name = step.name || step.elementId;
  return { kind: 'step', id: step.elementId, processId: step.processId, label: `${name} (${process}${why ? `, ${why}` : ''})` };
}

/** The personal elements carried in scope, each once, in order of first appearance (computed once). */
function carriedElements(context: Context): DataElement[] {
  if (context.carried) return context.carried;
  const seen = new Map<string, DataElement>();
  for (const row of context.rows) {
    for (const carried of row.dataElements) {
      if (seen.has(carried.id)) continue;
      const element = context.elementsById.get(carried.id);
      if (element) seen.set(element.id, element);
    }
  }
  context.carried = [...seen.values()];
  return context.carried;
}

/** Components that take part in the flows in scope (all components for the whole project). */
function componentsInScope(context: Context): Component[] {
  if (!context.scope.scenario) return context.project.components;
  const ids = new Set(context.scope.interactions.flatMap((interaction) => [interaction.from, interaction.to]));
  return context.project.components.filter((component) => ids.has(component.id));
}

const elementText = (element: DataElement): string => `${element.id} ${element.name} ${element.definition}`;
const componentText = (component: Component): string =>
  [component.name, component.type, component.customType, component.description, component.product, ...component.standards, getComponentType(component.type)?.name]
    .filter(Boolean)
    .join(' ');

/** The largest number written in a volume text ("about 41,000 a cycle", "1.2 million rows"). */
export function largestQuantity(text: string): number | undefined {
  let largest: number | undefined;
  for (const match of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(million|thousand|k\b)?/gi)) {
    let value = Number(match[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = match[2]?.toLowerCase();
    if (unit === 'million') value *= 1_000_000;
    else if (unit === 'thousand' || unit === 'k') value *= 1000;
    if (largest === undefined || value > largest) largest = value;
  }
  return largest;
}

// --- the criteria ----------------------------------------------------------------------------

function sensitiveData(context: Context): DpiaScreeningItem {
  const rows = context.rows.filter((row) => row.sensitivity === 'sensitive');
  const elements = carriedElements(context).filter((element) => element.sensitivity === 'sensitive');
  const question = 'Are special categories of data or other highly sensitive data processed?';
  const guidance = 'Health and disability, biometrics, poverty scores and similar data need an extra legal condition and stronger safeguards.';
  return rows.length > 0
    ? item('sensitive_data', question, guidance, 'yes', `${flows(rows.length)} ${rows.length === 1 ? 'carries' : 'carry'} data elements marked sensitive.`, [
        ...elements.map(elementEvidence),
        ...rows.map((row) => interactionEvidence(row)),
      ])
    : item('sensitive_data', question, guidance, 'no', 'No flow in scope carries a data element marked sensitive.');
}

function largeScale(context: Context): DpiaScreeningItem {
  const question = 'Is personal data processed on a large scale?';
  const guidance = `Many people, a national register or big batches (here: ${LARGE_SCALE_THRESHOLD.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} records or more in one run, day or file) raise the stakes of any breach.`;
  const evidence: DpiaEvidence[] = [];
  const withoutVolume: ProcessingRecordRow[] = [];
  for (const row of context.rows) {
    const text = [row.volume, row.frequency].filter(Boolean).join('; ');
    const quantity = text ? largestQuantity(text) : undefined;
    if (quantity !== undefined && quantity >= LARGE_SCALE_THRESHOLD) evidence.push(interactionEvidence(row, text));
    else if (!text) withoutVolume.push(row);
  }
  const flowParties = new Set(context.rows.flatMap((row) => [row.from.id, row.to.id]));
  for (const component of componentsInScope(context)) {
    if (NATIONAL_REGISTERS.has(component.type) && flowParties.has(component.id)) {
      evidence.push({ kind: 'component', id: component.id, label: `${component.name} (a national register: ${getComponentType(component.type)?.shortName ?? component.type})` });
    }
  }
  if (evidence.length > 0) return item('large_scale', question, guidance, 'yes', 'Recorded volumes or national registers in the flows reach a large scale.', evidence);
  if (withoutVolume.length > 0) {
    return item('large_scale', question, guidance, 'unknown', `${flows(withoutVolume.length)} of personal data ${withoutVolume.length === 1 ? 'records' : 'record'} no volume.`, withoutVolume.map((row) => interactionEvidence(row, 'no volume')));
  }
  return item('large_scale', question, guidance, 'no', 'Every flow of personal data records a volume below the threshold.');
}

function biometrics(context: Context): DpiaScreeningItem {
  const question = 'Are biometric data (fingerprints, iris, face) used to identify people?';
  const guidance = 'Biometric identification is a special category and hard to undo when leaked; it also excludes people whose biometrics fail.';
  const candidates = context.scope.scenario ? carriedElements(context) : context.project.dataElements;
  const elements = candidates.filter((element) => BIOMETRIC.test(elementText(element)));
  const components = componentsInScope(context).filter((component) => BIOMETRIC.test(componentText(component)));
  const evidence = [
    ...elements.map(elementEvidence),
    ...components.map((component): DpiaEvidence => ({ kind: 'component', id: component.id, label: component.name })),
  ];
  return evidence.length > 0
    ? item('biometrics', question, guidance, 'yes', 'Data elements or components in scope name biometric data.', evidence)
    : item('biometrics', question, guidance, 'no', 'No data element or component in scope names biometric data.');
}

function scoringProfiling(context: Context): DpiaScreeningItem {
  const question = 'Are people evaluated or scored (poverty score, proxy means test, profiling)?';
  const guidance = 'Scoring that decides who is poor enough to receive support is profiling, with a risk of error and discrimination.';
  const elements = carriedElements(context).filter((element) => SCORING.test(`${element.id} ${element.name}`) || element.category === 'socioeconomic');
  const steps = (context.scope.steps ?? []).filter((step) => step.chainStep === 'assessment_needs_conditions');
  const evidence = [...elements.map(elementEvidence), ...steps.map((step) => stepEvidence(context, step, 'needs assessment'))];
  return evidence.length > 0
    ? item('scoring_profiling', question, guidance, 'yes', 'Flows carry scores or socio-economic profiles, or steps assess needs.', evidence)
    : item('scoring_profiling', question, guidance, 'no', 'No flow carries a score or socio-economic profile and no step assesses needs.');
}

/**
 * Tasks that take an eligibility or exit decision: a business-rule task or a task named like a
 * decision, in a decision step of the delivery chain (or in no step at all). The other tasks of
 * an eligibility process (fetching a profile, say) prepare the decision but do not take it.
 */
function decisionSteps(steps: readonly StepInfo[]): StepInfo[] {
  return steps.filter(
    (step) =>
      /Task$/.test(step.bpmnType) &&
      (step.chainStep === undefined || DECISION_CHAIN_STEPS.has(step.chainStep)) &&
      (step.bpmnType === 'bpmn:BusinessRuleTask' || DECISION_NAME.test(step.name)),
  );
}

function automatedDecisions(context: Context): DpiaScreeningItem {
  const question = 'Are eligibility or exit decisions taken automatically, without a person deciding?';
  const guidance = 'People have the right not to be subject to solely automated decisions with legal effects; they need human review and a way to appeal.';
  const { scope } = context;
  if (scope.steps === undefined) {
    return context.project.processes.length === 0
      ? item('automated_decisions', question, guidance, 'unknown', 'The project has no process, so its decisions are not modelled.')
      : item('automated_decisions', question, guidance, 'unknown', 'The process steps were not read for this checklist.');
  }
  if (scope.scenario && scope.scenario.processId === undefined) {
    return item('automated_decisions', question, guidance, 'unknown', 'The scenario is not linked to a process, so its decisions are not modelled.', [
      { kind: 'project', id: scope.scenario.id, label: scope.scenario.title },
    ]);
  }
  const decisions = decisionSteps(scope.steps);
  const automated = decisions.filter((step) => AUTOMATED_TASKS.has(step.bpmnType));
  if (automated.length > 0) {
    return item('automated_decisions', question, guidance, 'yes', `${automated.length === 1 ? 'One decision step is a' : `${automated.length} decision steps are`} service, script or business-rule ${automated.length === 1 ? 'task' : 'tasks'}.`, automated.map((step) => stepEvidence(context, step, step.bpmnType.replace('bpmn:', ''))));
  }
  if (decisions.length > 0) {
    return item('automated_decisions', question, guidance, 'no', 'Every decision step is a task a person performs.', decisions.map((step) => stepEvidence(context, step, step.bpmnType.replace('bpmn:', ''))));
  }
  return item('automated_decisions', question, guidance, 'no', 'No step in scope takes an eligibility or exit decision.');
}

function accessToService(context: Context): DpiaScreeningItem {
  const question = 'Can the processing deny or end someone\'s access to a benefit or service?';
  const guidance = 'Eligibility, enrolment and exit decisions have legal effects on people, so errors must be correctable.';
  const steps = decisionSteps(context.scope.steps ?? []);
  const elements = carriedElements(context).filter((element) => element.category === 'enrolment' || /eligib/i.test(element.id));
  const processes = context.scope.scenario
    ? []
    : context.project.processes.filter((process) => process.phase === 'enroll' || /eligib|exit/i.test(process.name));
  const evidence: DpiaEvidence[] = [
    ...processes.map((process): DpiaEvidence => ({ kind: 'project', id: process.id, label: `${process.name} (process)` })),
    ...steps.map((step) => stepEvidence(context, step)),
    ...elements.map(elementEvidence),
  ];
  return evidence.length > 0
    ? item('access_to_service', question, guidance, 'yes', 'The model contains eligibility, enrolment or exit decisions or the data they produce.', evidence)
    : item('access_to_service', question, guidance, 'no', 'No process, step or flow in scope decides eligibility, enrolment or exit.');
}

function systematicMonitoring(context: Context): DpiaScreeningItem {
  const question = 'Are people systematically monitored (subscriptions to life events, compliance tracking)?';
  const guidance = 'Continuous watching of people\'s lives or behaviour, even for a good cause, needs a clear justification.';
  const rows = context.rows.filter((row) => {
    const interaction = context.interactionsById.get(row.interactionId);
    return interaction !== undefined && MONITORING_PATTERNS.has(interaction.pattern);
  });
  const steps = (context.scope.steps ?? []).filter((step) => step.chainStep !== undefined && MONITORING_CHAIN_STEPS.has(step.chainStep));
  const evidence = [
    ...rows.map((row) => interactionEvidence(row, context.interactionsById.get(row.interactionId)?.pattern.replace(/_/g, ' '))),
    ...steps.map((step) => stepEvidence(context, step, 'monitoring')),
  ];
  return evidence.length > 0
    ? item('systematic_monitoring', question, guidance, 'yes', 'Flows of personal data are subscriptions or notifications, or steps monitor people.', evidence)
    : item('systematic_monitoring', question, guidance, 'no', 'No flow of personal data is a subscription or notification and no step monitors people.');
}

function matchingDatasets(context: Context): DpiaScreeningItem {
  const question = 'Are datasets from different organisations matched or combined?';
  const guidance = 'Combining registers goes beyond what people expected when each one collected their data.';
  // Who receives personal data from whom: request data travels from the initiator to the provider,
  // response data back.
  const sources = new Map<string, Set<string>>();
  const receive = (receiver: string, sender: string) => {
    if (receiver === sender) return;
    let set = sources.get(receiver);
    if (!set) sources.set(receiver, (set = new Set()));
    set.add(sender);
  };
  for (const row of context.rows) {
    const carried = row.dataElements;
    if (carried.some((element) => element.direction !== 'response')) receive(row.to.id, row.from.id);
    if (carried.some((element) => element.direction !== 'request')) receive(row.from.id, row.to.id);
  }
  const name = (id: string) => context.componentsById.get(id)?.name ?? id;
  const evidence: DpiaEvidence[] = [];
  for (const [receiver, senders] of sources) {
    if (senders.size < 2) continue;
    evidence.push({ kind: 'component', id: receiver, label: `${name(receiver)} (combines data from ${[...senders].map(name).join(', ')})` });
  }
  return evidence.length > 0
    ? item('matching_datasets', question, guidance, 'yes', 'Some components receive personal data from two or more other systems.', evidence)
    : item('matching_datasets', question, guidance, 'no', 'No component receives personal data from more than one other system.');
}

function vulnerablePeople(context: Context): DpiaScreeningItem {
  const question = 'Are the people concerned vulnerable (children, people with disabilities, older people, refugees)?';
  const guidance = 'Vulnerable people can rarely refuse or object, so the balance of power calls for extra care.';
  const meta = context.project.project;
  const evidence: DpiaEvidence[] = [];
  for (const [field, text] of [
    ['name', meta.name],
    ['programme', meta.programme],
    ['description', meta.description],
  ] as const) {
    const match = text?.match(VULNERABLE);
    if (match) evidence.push({ kind: 'project', id: field, label: `The project ${field} mentions "${match[0]}"` });
  }
  const scenarioMatch = context.scope.scenario?.title.match(VULNERABLE);
  if (context.scope.scenario && scenarioMatch) {
    evidence.push({ kind: 'project', id: context.scope.scenario.id, label: `The scenario title mentions "${scenarioMatch[0]}"` });
  }
  for (const element of carriedElements(context)) {
    if (VULNERABLE.test(`${element.id} ${element.name}`) || element.category === 'health') evidence.push(elementEvidence(element));
  }
  return evidence.length > 0
    ? item('vulnerable_people', question, guidance, 'yes', 'The programme or the data carried concern children, disability or other vulnerable groups.', evidence)
    : item('vulnerable_people', question, guidance, 'unknown', 'The model does not say who the people are; social protection often serves vulnerable groups, so check.');
}

function newTechnology(context: Context): DpiaScreeningItem {
  const question = 'Is new or innovative technology used (biometrics, AI, verifiable credentials, ledgers)?';
  const guidance = 'New technology brings risks nobody has assessed yet, and people may not understand how it affects them.';
  const evidence: DpiaEvidence[] = [];
  for (const component of componentsInScope(context)) {
    if (NEW_TECHNOLOGY.test(componentText(component)) || component.type === 'vc_issuer_wallet') {
      evidence.push({ kind: 'component', id: component.id, label: component.name });
    }
  }
  const candidates = context.scope.scenario ? carriedElements(context) : context.project.dataElements;
  for (const element of candidates) if (NEW_TECHNOLOGY.test(elementText(element))) evidence.push(elementEvidence(element));
  return evidence.length > 0
    ? item('new_technology', question, guidance, 'yes', 'Components or data elements in scope name such a technology.', evidence)
    : item('new_technology', question, guidance, 'no', 'No component, product, standard or data element in scope names such a technology.');
}

function crossBorder(context: Context): DpiaScreeningItem {
  const question = 'Does personal data leave the country?';
  const guidance = 'Transfers abroad (cloud hosting, foreign payment providers) need safeguards such as an adequacy decision or contract clauses.';
  const abroad = context.rows.filter((row) => row.crossBorder === true);
  const unrecorded = context.rows.filter((row) => row.crossBorder === undefined);
  if (abroad.length > 0) return item('cross_border', question, guidance, 'yes', `${flows(abroad.length)} of personal data ${abroad.length === 1 ? 'leaves' : 'leave'} the country.`, abroad.map((row) => interactionEvidence(row)));
  if (unrecorded.length > 0) {
    return item('cross_border', question, guidance, 'unknown', `${flows(unrecorded.length)} of personal data ${unrecorded.length === 1 ? 'does' : 'do'} not record whether the data leaves the country.`, unrecorded.map((row) => interactionEvidence(row, 'not recorded')));
  }
  return item('cross_border', question, guidance, 'no', context.rows.length > 0 ? 'Every flow of personal data records that the data stays in the country.' : 'No flow of personal data is in scope.');
}

function privateRecipients(context: Context): DpiaScreeningItem {
  const question = 'Is personal data disclosed to private companies or non-profit organisations?';
  const guidance = 'Banks, mobile operators and NGOs acting for the programme need processor or data-sharing agreements that bind them.';
  const evidence: DpiaEvidence[] = [];
  for (const row of context.rows) {
    const carried = row.dataElements;
    const recipients = new Set<string>();
    if (carried.some((element) => element.direction !== 'response')) recipients.add(row.to.id);
    if (carried.some((element) => element.direction !== 'request')) recipients.add(row.from.id);
    for (const id of recipients) {
      const party = id === row.to.id ? row.to : row.from;
      const component = context.componentsById.get(id);
      if (component && componentSector(component) !== 'public') {
        evidence.push(interactionEvidence(row, `${party.name}: ${SECTOR_NAMES[party.sector].toLowerCase()}`));
      }
    }
  }
  return evidence.length > 0
    ? item('private_recipients', question, guidance, 'yes', 'Some flows deliver personal data to organisations outside the public sector.', evidence)
    : item('private_recipients', question, guidance, 'no', 'Every recipient of personal data in scope is a public body.');
}
