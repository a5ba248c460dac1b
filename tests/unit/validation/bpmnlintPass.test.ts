// The one-walk bpmnlint runner (models/validation/bpmnlintPass.ts) against bpmnlint's own Linter,
// which walks the tree once per rule: the same reports on real BPMN files, and the same calls,
// skips and failures for rules that record what they see.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter, type BpmnlintRuleFactory } from 'bpmnlint';
import { describe, expect, it, vi } from 'vitest';
import { generateProject } from '../../../bench/generate';
import { parseBpmn, type ModdleElement } from '../../../models/process/moddle';
import { lintDefinitions, type BpmnlintFinding } from '../../../models/validation/bpmnlint';
import { compileBpmnlintConfig, RECOMMENDED_BPMNLINT_RULES } from '../../../models/validation/bpmnlintConfig';
import { lintTree, type LintCategory, type LintRuleSpec } from '../../../models/validation/bpmnlintPass';
import { repoRoot, sampleProject } from './equivalence/projects';

const conformanceRoot = path.resolve(repoRoot, '..', 'shared', 'conformance');

function bpmnFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? bpmnFiles(path.join(dir, entry.name)) : entry.name.endsWith('.bpmn') ? [path.join(dir, entry.name)] : []))
    .sort();
}

type Comparable = Record<string, Array<{ id?: string; message: string; category: string }>>;

const comparable = (results: Record<string, Array<{ id?: string; message: string; category: string }>>): Comparable =>
  Object.fromEntries(
    Object.entries(results).map(([rule, reports]) => [rule, reports.map(({ id, message, category }) => (id === undefined ? { message, category } : { id, message, category }))]),
  );

const recommended: LintRuleSpec[] = RECOMMENDED_BPMNLINT_RULES.map((rule) => ({ name: rule.name, factory: rule.factory, category: rule.severity as LintCategory }));

async function byLinter(definitions: ModdleElement, specs: readonly LintRuleSpec[] = recommended): Promise<Comparable> {
  const linter = new Linter({
    config: { rules: Object.fromEntries(specs.map((spec) => [spec.name, spec.category])) },
    resolver: {
      resolveRule: (_pkg, name) => specs.find((spec) => spec.name === name)!.factory,
      resolveConfig: () => {
        throw new Error('no configs');
      },
    },
  });
  return comparable(await linter.lint(definitions));
}

const severityOf = { error: 'error', warn: 'warning', info: 'info', 'rule-error': 'warning' } as const;

/** What lintDefinitions returned when it ran bpmnlint's Linter itself (the reference). */
async function findingsByLinter(definitions: ModdleElement): Promise<BpmnlintFinding[]> {
  const results = await new Linter(compileBpmnlintConfig()).lint(definitions);
  return Object.keys(results)
    .sort()
    .flatMap((rule) =>
      (results[rule] ?? []).flatMap((report): BpmnlintFinding[] => {
        if (report.category === 'off') return [];
        const finding: BpmnlintFinding = { rule, message: report.message, severity: severityOf[report.category] };
        if (report.id !== undefined) finding.elementId = report.id;
        return [finding];
      }),
    );
}

async function parsed(xml: string): Promise<ModdleElement | undefined> {
  try {
    return (await parseBpmn(xml)).definitions;
  } catch {
    return undefined;
  }
}

describe('lintTree (one walk for every bpmnlint rule)', () => {
  it('reports what bpmnlint reports on the real BPMN files of the conformance folder', async () => {
    const files = bpmnFiles(conformanceRoot);
    expect(files.length).toBeGreaterThan(20);
    let reports = 0;
    for (const file of files) {
      const definitions = await parsed(readFileSync(file, 'utf8'));
      if (!definitions) continue;
      const expected = await byLinter(definitions);
      reports += Object.values(expected).flat().length;
      expect(comparable(lintTree(definitions, recommended)), path.relative(conformanceRoot, file)).toEqual(expected);
      // The validation's own entry point, which also leaves diagram and cs elements out of the walk.
      expect(await lintDefinitions(definitions), path.relative(conformanceRoot, file)).toEqual(await findingsByLinter(definitions));
    }
    // The files exercise the rules: a comparison of empty results would prove nothing.
    expect(reports).toBeGreaterThan(100);
  });

  it('reports what bpmnlint reports on the sample and generated processes', async () => {
    const processes = [...sampleProject().processes, ...generateProject('S').processes];
    for (const process of processes) {
      const definitions = (await parseBpmn(process.bpmn)).definitions;
      expect(comparable(lintTree(definitions, recommended)), process.id).toEqual(await byLinter(definitions));
      expect(await lintDefinitions(definitions), process.id).toEqual(await findingsByLinter(definitions));
    }
  });

  it('makes fresh rule instances per tree, so a rule that remembers what it saw does not see two processes', async () => {
    const xml = readFileSync(path.join(conformanceRoot, 'bpmn-miwg', 'Reference', 'A.1.0.bpmn'), 'utf8');
    const definitions = (await parseBpmn(xml)).definitions;
    const once = lintTree(definitions, recommended);
    // no-duplicate-sequence-flows keeps every flow in its factory's closure: a shared instance
    // would report all flows of the second run as duplicates.
    expect(lintTree(definitions, recommended)).toEqual(once);
    expect(once['no-duplicate-sequence-flows']).toBeUndefined();
  });

  it('makes the same calls as bpmnlint: order, skipped subtrees, leave, and a failing rule stopped alone', async () => {
    const xml = readFileSync(path.join(conformanceRoot, 'bpmn-miwg', 'Reference', 'C.1.0.bpmn'), 'utf8');
    const definitions = (await parseBpmn(xml)).definitions;
    const run = async (lint: (specs: LintRuleSpec[]) => Promise<Comparable>): Promise<{ calls: Record<string, string[]>; results: Comparable }> => {
      const calls: Record<string, string[]> = {};
      const log = (rule: string, what: string, node: ModdleElement): void => {
        (calls[rule] ??= []).push(`${what} ${node.$type} ${String(node.id ?? '')}`);
      };
      let seen = 0;
      const recorder = (name: string, skip: (node: ModdleElement) => boolean): BpmnlintRuleFactory => () => ({
        check: {
          enter(node: ModdleElement, reporter: { report(id: string, message: string, path?: unknown): void }) {
            log(name, 'enter', node);
            if (node.$type === 'bpmn:Task') reporter.report(String(node.id), `task ${String(node.name)}`, ['name']);
            return skip(node) ? false : undefined;
          },
          leave(node: ModdleElement) {
            log(name, 'leave', node);
          },
        },
      });
      const specs: LintRuleSpec[] = [
        { name: 'everything', factory: recorder('everything', () => false), category: 'warn' },
        { name: 'no-processes', factory: recorder('no-processes', (node) => node.$type === 'bpmn:Process'), category: 'info' },
        { name: 'no-diagrams', factory: recorder('no-diagrams', (node) => node.$type === 'bpmndi:BPMNDiagram'), category: 'error' },
        {
          name: 'breaks',
          factory: () => ({
            check(node: ModdleElement, reporter: { report(id: string, message: string): void }) {
              seen += 1;
              reporter.report(String(node.id), 'seen');
              if (seen === 7) throw new Error(`broke at ${node.$type}`);
            },
          }),
          category: 'error',
        },
        { name: 'no-check', factory: () => ({}), category: 'warn' },
      ];
      const results = await lint(specs);
      return { calls, results };
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const expected = await run((specs) => byLinter(definitions, specs));
      const actual = await run(async (specs) => comparable(lintTree(definitions, specs)));
      expect(actual).toEqual(expected);
      expect(expected.calls['everything']!.length).toBeGreaterThan(expected.calls['no-processes']!.length);
      expect(expected.results['breaks']).toEqual([{ message: expect.stringMatching(/^broke at /) as unknown, category: 'rule-error' }]);
      expect(expected.results['no-check']).toEqual([{ message: 'no check implemented', category: 'rule-error' }]);
    } finally {
      errors.mockRestore();
    }
  });
});
