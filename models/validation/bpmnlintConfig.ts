// bpmnlint's `recommended` configuration, compiled in code: bpmnlint normally resolves rules by
// requiring packages at run time (node-resolver) or from a bundle made by bpmnlint-pack-config;
// neither works inside our pure models/ layer and a Vite bundle, so the rule modules are imported
// here and served by a static resolver, the same `{ config, resolver }` shape packed configs have.
// A project's settings.rules (`bpmnlint/<rule>`: error | warning | info | off) adjusts severities.

import type { BpmnlintConfig, BpmnlintResolver, BpmnlintRuleFactory } from 'bpmnlint';
import type { RuleSeverity } from '../project/types';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';

type LintCategory = 'off' | 'warn' | 'error' | 'info';

interface RecommendedRule {
  name: string;
  factory: BpmnlintRuleFactory;
  severity: LintCategory;
}

/** Mirrors bpmnlint/config/recommended.js (bpmnlint 11). */
export const RECOMMENDED_BPMNLINT_RULES: readonly RecommendedRule[] = [
  { name: 'ad-hoc-sub-process', factory: adHocSubProcess, severity: 'error' },
  { name: 'conditional-flows', factory: conditionalFlows, severity: 'error' },
  { name: 'end-event-required', factory: endEventRequired, severity: 'error' },
  { name: 'event-based-gateway', factory: eventBasedGateway, severity: 'error' },
  { name: 'event-sub-process-typed-start-event', factory: eventSubProcessTypedStartEvent, severity: 'error' },
  { name: 'fake-join', factory: fakeJoin, severity: 'warn' },
  { name: 'global', factory: global, severity: 'warn' },
  { name: 'label-required', factory: labelRequired, severity: 'error' },
  { name: 'link-event', factory: linkEvent, severity: 'error' },
  { name: 'no-bpmndi', factory: noBpmndi, severity: 'error' },
  { name: 'no-complex-gateway', factory: noComplexGateway, severity: 'error' },
  { name: 'no-disconnected', factory: noDisconnected, severity: 'error' },
  { name: 'no-duplicate-sequence-flows', factory: noDuplicateSequenceFlows, severity: 'error' },
  { name: 'no-gateway-join-fork', factory: noGatewayJoinFork, severity: 'error' },
  { name: 'no-implicit-split', factory: noImplicitSplit, severity: 'error' },
  { name: 'no-implicit-end', factory: noImplicitEnd, severity: 'error' },
  { name: 'no-implicit-start', factory: noImplicitStart, severity: 'error' },
  { name: 'no-inclusive-gateway', factory: noInclusiveGateway, severity: 'warn' },
  { name: 'no-overlapping-elements', factory: noOverlappingElements, severity: 'warn' },
  { name: 'single-blank-start-event', factory: singleBlankStartEvent, severity: 'error' },
  { name: 'single-event-definition', factory: singleEventDefinition, severity: 'error' },
  { name: 'start-event-required', factory: startEventRequired, severity: 'error' },
  { name: 'sub-process-blank-start-event', factory: subProcessBlankStartEvent, severity: 'error' },
  { name: 'superfluous-gateway', factory: superfluousGateway, severity: 'warn' },
  { name: 'superfluous-label', factory: superfluousLabel, severity: 'warn' },
  { name: 'superfluous-termination', factory: superfluousTermination, severity: 'warn' },
];

export const BPMNLINT_RULE_PREFIX = 'bpmnlint/';

/** The id of a bpmnlint rule in Problems and in settings.rules. */
export function bpmnlintRuleId(name: string): string {
  return `${BPMNLINT_RULE_PREFIX}${name}`;
}

const toCategory: Record<RuleSeverity, LintCategory> = { error: 'error', warning: 'warn', info: 'info', off: 'off' };

export interface CompiledBpmnlintConfig {
  config: BpmnlintConfig;
  resolver: BpmnlintResolver;
}

const resolver: BpmnlintResolver = {
  resolveRule(pkg, ruleName) {
    const rule = pkg === 'bpmnlint' ? RECOMMENDED_BPMNLINT_RULES.find((candidate) => candidate.name === ruleName) : undefined;
    if (rule === undefined) throw new Error(`unknown rule <${pkg}/${ruleName}>`);
    return rule.factory;
  },
  resolveConfig(pkg, configName) {
    throw new Error(`unknown config <${pkg}/${configName}>`);
  },
};

/** The recommended rules with the project's severity overrides, in the shape bpmn-js-bpmnlint wants. */
export function compileBpmnlintConfig(overrides: Readonly<Record<string, RuleSeverity>> = {}): CompiledBpmnlintConfig {
  const rules: Record<string, LintCategory> = {};
  for (const rule of RECOMMENDED_BPMNLINT_RULES) {
    const id = bpmnlintRuleId(rule.name);
    const override = Object.prototype.hasOwnProperty.call(overrides, id) ? overrides[id] : undefined;
    rules[rule.name] = override === undefined ? rule.severity : toCategory[override];
  }
  return { config: { rules }, resolver };
}
