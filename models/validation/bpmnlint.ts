// bpmnlint findings of a process as Problems (`bpmnlint/<rule>`), for the Problems view and the
// command line. The editor shows the same findings on the canvas through bpmn-js-bpmnlint.

import { Linter, type BpmnlintReport } from 'bpmnlint';
import { parseBpmn } from '../process/moddle';
import type { Process } from '../project/types';
import { bpmnlintRuleId, compileBpmnlintConfig } from './bpmnlintConfig';
import type { Problem, ProblemSeverity } from './problem';

const severityOf: Record<BpmnlintReport['category'], ProblemSeverity | undefined> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
  off: undefined,
  'rule-error': 'warning',
};

export interface BpmnlintFinding {
  rule: string;
  /** The BPMN element the finding is about (absent for findings on the whole diagram). */
  elementId?: string;
  message: string;
  severity: ProblemSeverity;
}

/** Lints BPMN XML with the recommended rules at their default severities. Rejects when the XML cannot be read. */
export async function lintBpmn(xml: string): Promise<BpmnlintFinding[]> {
  const { definitions } = await parseBpmn(xml);
  const linter = new Linter(compileBpmnlintConfig());
  const results = await linter.lint(definitions);
  const findings: BpmnlintFinding[] = [];
  for (const rule of Object.keys(results).sort()) {
    for (const report of results[rule] ?? []) {
      const severity = severityOf[report.category];
      if (severity === undefined) continue;
      const finding: BpmnlintFinding = { rule, message: report.message, severity };
      if (report.id !== undefined) finding.elementId = report.id;
      findings.push(finding);
    }
  }
  return findings;
}

// Parsing and linting a process costs tens of milliseconds; documents are immutable, so the
// findings are kept per process object like its steps (models/process/steps.ts).
const findingsByProcess = new WeakMap<Process, Promise<BpmnlintFinding[]>>();

/** lintBpmn of a process of the document, once per process object; [] when the BPMN is unreadable (reported elsewhere). */
export function lintOfProcess(process: Process): Promise<BpmnlintFinding[]> {
  let pending = findingsByProcess.get(process);
  if (!pending) {
    pending = lintBpmn(process.bpmn).catch(() => []);
    findingsByProcess.set(process, pending);
  }
  return pending;
}

/** The findings as Problems; the caller applies the project's rule overrides. */
export async function bpmnlintProblems(process: Process, processIndex: number): Promise<Problem[]> {
  const findings = await lintOfProcess(process);
  return findings.map((finding) => {
    const path = finding.elementId === undefined ? `processes[${processIndex}].bpmn` : `processes[${processIndex}].bpmn#${finding.elementId}`;
    return {
      ruleId: bpmnlintRuleId(finding.rule),
      severity: finding.severity,
      message: `${path}: ${finding.message}`,
      path,
      target: { kind: 'processes', id: process.id },
    };
  });
}
