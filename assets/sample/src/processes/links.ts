// Shorthand for the cs:stepLinks of the sample's process steps.

import type { DataUsage } from '../../../../models/process/csModdle';
import type { GridStepLinks } from '../../../../models/process/gridBpmn';
import type { OperationRef } from '../../../../models/project/types';

export function uses(usage: DataUsage, ...elementIds: string[]): { elementId: string; usage: DataUsage }[] {
  return elementIds.map((elementId) => ({ elementId, usage }));
}

export function op(contractId: string, operationId: string, method: string, path: string): OperationRef {
  return { contractId, operationId, method, path };
}

export function step(
  chainStep: string,
  agency: string,
  parts: { data?: { elementId: string; usage: DataUsage }[]; interactions?: string[]; operations?: OperationRef[] } = {},
): GridStepLinks {
  const links: GridStepLinks = { chainStep, agency };
  if (parts.data) links.dataRefs = parts.data;
  if (parts.interactions) links.interactionIds = parts.interactions;
  if (parts.operations) links.operations = parts.operations;
  return links;
}
