// Document-level checks that need no BPMN parsing: references between entities and ids that
// should come from the built-in catalogue.

import {
  CUSTOM_COMPONENT_TYPE,
  getComponentType,
  getDeliveryChainPhase,
  getDeliveryChainStep,
  getInteractionPattern,
  getLegalBasis,
} from '../catalog';
import type { EntityKind, Project } from '../project/types';
import type { Problem } from './problem';
import { applyRuleOverrides } from './rules';

export const ids = <T extends { id: string }>(items: readonly T[]): Set<string> => new Set(items.map((item) => item.id));

export function brokenReference(path: string, detail: string, target?: Problem['target']): Problem {
  return { ruleId: 'broken-reference', severity: 'error', message: `${path}: ${detail}`, path, ...(target ? { target } : {}) };
}

export function unknownCatalogId(path: string, detail: string, target?: Problem['target']): Problem {
  return { ruleId: 'unknown-catalog-id', severity: 'warning', message: `${path}: ${detail}`, path, ...(target ? { target } : {}) };
}

const target = (kind: EntityKind, id: string): Problem['target'] => ({ kind, id });

function checkComponents(project: Project, problems: Problem[]): void {
  project.components.forEach((component, i) => {
    if (component.type !== CUSTOM_COMPONENT_TYPE && getComponentType(component.type) === undefined) {
      problems.push(
        unknownCatalogId(`components[${i}].type`, `unknown component type '${component.type}'`, target('components', component.id)),
      );
    }
  });
}

function checkInteractions(project: Project, problems: Problem[]): void {
  const componentIds = ids(project.components);
  const elementIds = ids(project.dataElements);
  const contractIds = ids(project.apiContracts);
  project.interactions.forEach((interaction, i) => {
    const at = `interactions[${i}]`;
    const self = target('interactions', interaction.id);
    for (const end of ['from', 'to'] as const) {
      if (!componentIds.has(interaction[end])) {
        problems.push(brokenReference(`${at}.${end}`, `unknown component '${interaction[end]}'`, self));
      }
    }
    if (getInteractionPattern(interaction.pattern) === undefined) {
      problems.push(unknownCatalogId(`${at}.pattern`, `unknown interaction pattern '${interaction.pattern}'`, self));
    }
    interaction.dataElements.forEach((carried, j) => {
      if (!elementIds.has(carried.elementId)) {
        problems.push(brokenReference(`${at}.dataElements[${j}].elementId`, `unknown data element '${carried.elementId}'`, self));
      }
    });
    if (interaction.apiOperation !== undefined && !contractIds.has(interaction.apiOperation.contractId)) {
      problems.push(
        brokenReference(`${at}.apiOperation.contractId`, `unknown API contract '${interaction.apiOperation.contractId}'`, self),
      );
    }
    if (interaction.legalBasis !== undefined && getLegalBasis(interaction.legalBasis) === undefined) {
      problems.push(unknownCatalogId(`${at}.legalBasis`, `unknown legal basis '${interaction.legalBasis}'`, self));
    }
  });
}

function checkProcesses(project: Project, problems: Problem[]): void {
  project.processes.forEach((process, i) => {
    if (getDeliveryChainPhase(process.phase) !== undefined) return;
    const step = getDeliveryChainStep(process.phase);
    const hint = step === undefined ? '' : ` ('${process.phase}' is a delivery-chain step; its phase is '${step.phase}')`;
    problems.push(
      unknownCatalogId(`processes[${i}].phase`, `unknown delivery-chain phase '${process.phase}'${hint}`, target('processes', process.id)),
    );
  });
}

function checkDataElements(project: Project, problems: Problem[]): void {
  const codeListIds = ids(project.codeLists);
  project.dataElements.forEach((element, i) => {
    if (element.codeListId !== undefined && !codeListIds.has(element.codeListId)) {
      problems.push(
        brokenReference(`dataElements[${i}].codeListId`, `unknown code list '${element.codeListId}'`, target('dataElements', element.id)),
      );
    }
  });
}

function checkScenarios(project: Project, problems: Problem[]): void {
  const processIds = ids(project.processes);
  const interactionIds = ids(project.interactions);
  project.scenarios.forEach((scenario, i) => {
    const self = target('scenarios', scenario.id);
    if (scenario.processId !== undefined && !processIds.has(scenario.processId)) {
      problems.push(brokenReference(`scenarios[${i}].processId`, `unknown process '${scenario.processId}'`, self));
    }
    scenario.steps.forEach((step, j) => {
      step.interactionIds.forEach((interactionId, k) => {
        if (!interactionIds.has(interactionId)) {
          problems.push(
            brokenReference(`scenarios[${i}].steps[${j}].interactionIds[${k}]`, `unknown interaction '${interactionId}'`, self),
          );
        }
      });
    });
  });
}

/** Problems before rule overrides, in document order. */
export function collectDocumentProblems(project: Project): Problem[] {
  const problems: Problem[] = [];
  checkComponents(project, problems);
  checkInteractions(project, problems);
  checkProcesses(project, problems);
  checkDataElements(project, problems);
  checkScenarios(project, problems);
  return problems;
}

/** Synchronous checks of the whole document, in a deterministic order, with the project's rule overrides applied. */
export function validateProject(project: Project): Problem[] {
  return applyRuleOverrides(collectDocumentProblems(project), project.settings.rules);
}
