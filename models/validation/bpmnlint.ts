// bpmnlint's recommended rules over BPMN XML, as findings the validation turns into
// `bpmnlint/<rule>` problems (validateDeep.ts). The editor shows the same findings on the
// canvas through bpmn-js-bpmnlint.

import { readBpmnTree, type ModdleElement } from '../process/moddle';
import { RECOMMENDED_BPMNLINT_RULES } from './bpmnlintConfig';
import { lintTree, type LintReport, type LintRuleSpec } from './bpmnlintPass';
import type { ProblemSeverity } from './problem';

const severityOf: Record<LintReport['category'], ProblemSeverity> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
  'rule-error': 'warning',
};

/** The recommended rules at their default severities ('off' ones would not run at all). */
const RECOMMENDED_SPECS: readonly LintRuleSpec[] = RECOMMENDED_BPMNLINT_RULES.flatMap((rule) =>
  rule.severity === 'off' ? [] : [{ name: rule.name, factory: rule.factory, category: rule.severity }],
);

/**
 * Element types none of the recommended rules reacts to during the walk: diagram interchange
 * (bpmndi, dc, di: a third of a laid-out process's elements) and our own cs links. Every
 * recommended rule's check starts with a test of BPMN types (bpmn:Definitions, bpmn:Process,
 * bpmn:FlowNode...) and returns nothing otherwise; conditional-flows reads `default` and
 * `outgoing`, which none of these types has. The two rules about the diagram (no-bpmndi,
 * no-overlapping-elements) read it from bpmn:Definitions. Not calling 26 checks for each of
 * these elements halves the lint; tests/unit/validation/bpmnlintPass.test.ts compares the
 * reports with bpmnlint's own Linter on real BPMN files with diagrams.
 */
const NOT_LINTED_PACKAGES: ReadonlySet<string> = new Set(['bpmndi', 'dc', 'di', 'cs']);

export interface BpmnlintFinding {
  rule: string;
  /** The BPMN element the finding is about (absent for findings on the whole diagram). */
  elementId?: string;
  message: string;
  severity: ProblemSeverity;
}

/** Lints BPMN XML with the recommended rules at their default severities. Rejects when the XML cannot be read. */
export async function lintBpmn(xml: string): Promise<BpmnlintFinding[]> {
  const { definitions } = await readBpmnTree(xml);
  return lintDefinitions(definitions);
}

/**
 * lintBpmn over definitions parsed already: the same findings as bpmnlint's Linter with the
 * recommended configuration, in one walk over the tree (bpmnlintPass.ts says why).
 */
export async function lintDefinitions(definitions: ModdleElement): Promise<BpmnlintFinding[]> {
  const results = lintTree(definitions, RECOMMENDED_SPECS, { ignoredPackages: NOT_LINTED_PACKAGES });
  const findings: BpmnlintFinding[] = [];
  for (const rule of Object.keys(results).sort()) {
    for (const report of results[rule] ?? []) {
      const severity = severityOf[report.category];
      const finding: BpmnlintFinding = { rule, message: report.message, severity };
      if (report.id !== undefined) finding.elementId = report.id;
      findings.push(finding);
    }
  }
  return findings;
}
