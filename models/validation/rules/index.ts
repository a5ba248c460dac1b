// Every rule module of the engine, in the order their problems are reported for one entity.

import type { Rule } from '../rule';
import { rule as brokenReference } from './broken-reference';
import { rule as unknownCatalogId } from './unknown-catalog-id';
import { rule as bpmnParseError } from './bpmn-parse-error';
import { rule as bpmnWarning } from './bpmn-warning';
import { rule as interactionEndpoint } from './interaction-endpoint';
import { rule as orphanComponent } from './orphan-component';
import { rule as legalBasisRequired } from './legal-basis-required';
import { rule as legitimateInterestPublicBody } from './legitimate-interest-public-body';
import { rule as consentSoleBasis } from './consent-sole-basis';
import { rule as sensitiveDataProtection } from './sensitive-data-protection';
import { rule as dataMinimisation } from './data-minimisation';
import { rule as asyncCallbackMissing } from './async-callback-missing';
import { rule as operationNotInContract } from './operation-not-in-contract';
import { rule as automatedDecisionReview } from './automated-decision-review';
import { rule as dictionaryDefinitionMissing } from './dictionary-definition-missing';
import { rule as duplicateName } from './duplicate-name';

export const engineRules: readonly Rule[] = [
  brokenReference,
  unknownCatalogId,
  bpmnParseError,
  bpmnWarning,
  interactionEndpoint,
  orphanComponent,
  legalBasisRequired,
  legitimateInterestPublicBody,
  consentSoleBasis,
  sensitiveDataProtection,
  dataMinimisation,
  asyncCallbackMissing,
  operationNotInContract,
  automatedDecisionReview,
  dictionaryDefinitionMissing,
  duplicateName,
];
