// Per-process results of the deep validation: the BPMN read into steps, and bpmnlint's findings.
// Parsing and linting cost tens of milliseconds per process, everything else in the validation
// is cheap, so these two are kept between runs: an edit elsewhere in the document re-uses them.
// Entries are found by the Process object first (documents are immutable, so an unchanged
// process keeps its object) and else by its id and BPMN text, which is what a web worker sees:
// every message to a worker is a structured clone with new objects.

import { readBpmnTree, type ModdleElement } from '../process/moddle';
import { stepsOfDefinitions, type StepInfo } from '../process/steps';
import type { Process } from '../project/types';
import { lintDefinitions, type BpmnlintFinding } from './bpmnlint';

export type StepsOutcome = { ok: true; steps: StepInfo[]; warnings: string[] } | { ok: false; error: string };

type Parsed = { ok: true; definitions: ModdleElement; warnings: string[] } | { ok: false; error: string };

interface Entry {
  /** One parse serves the steps and the lint. */
  parsed?: Promise<Parsed>;
  steps?: Promise<StepsOutcome>;
  lint?: Promise<BpmnlintFinding[]>;
}

/** About twice the processes of the large benchmark project; the texts first seen longest ago leave first. */
const DEFAULT_LIMIT = 400;

export class ProcessResultCache {
  private readonly byObject = new WeakMap<Process, Entry>();
  private readonly byText = new Map<string, Map<string, Entry>>();
  /** Insertion order of [process id, text], oldest first, for eviction. */
  private order: Array<[string, string]> = [];
  private size = 0;
  private parses = 0;
  private lints = 0;

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** How many BPMN texts were parsed and linted so far (tests and the benchmark read these). */
  get work(): { parses: number; lints: number } {
    return { parses: this.parses, lints: this.lints };
  }

  private entry(process: Process): Entry {
    const known = this.byObject.get(process);
    if (known) return known;
    // The steps carry the process id, so the same text under another id is another entry.
    // Keyed by id, then by the text itself: joining them into one key would copy every text.
    let texts = this.byText.get(process.id);
    if (!texts) {
      texts = new Map();
      this.byText.set(process.id, texts);
    }
    let entry = texts.get(process.bpmn);
    if (!entry) {
      entry = {};
      texts.set(process.bpmn, entry);
      this.size += 1;
      this.order.push([process.id, process.bpmn]);
      this.evict();
    }
    this.byObject.set(process, entry);
    return entry;
  }

  private parsed(process: Process, entry: Entry): Promise<Parsed> {
    if (!entry.parsed) {
      this.parses += 1;
      entry.parsed = readBpmnTree(process.bpmn).then(
        ({ definitions, warnings }): Parsed => ({ ok: true, definitions, warnings }),
        (error: unknown): Parsed => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    }
    return entry.parsed;
  }

  /** Drops the oldest texts beyond the limit (an edited process leaves its old text behind). */
  private evict(): void {
    while (this.size > this.limit) {
      const oldest = this.order.shift();
      if (!oldest) return;
      const texts = this.byText.get(oldest[0]);
      if (texts?.delete(oldest[1])) this.size -= 1;
      if (texts?.size === 0) this.byText.delete(oldest[0]);
    }
  }

  /** A parsed tree is large; once both its steps and its lint are known it is no longer needed. */
  private release(entry: Entry): void {
    if (entry.steps && entry.lint) delete entry.parsed;
  }

  /** The steps of the process, or why its BPMN cannot be read. */
  steps(process: Process): Promise<StepsOutcome> {
    const entry = this.entry(process);
    entry.steps ??= this.parsed(process, entry).then((parsed): StepsOutcome => {
      const outcome: StepsOutcome = parsed.ok ? { ok: true, steps: stepsOfDefinitions(process.id, parsed.definitions), warnings: parsed.warnings } : parsed;
      queueMicrotask(() => this.release(entry));
      return outcome;
    });
    return entry.steps;
  }

  /** bpmnlint's recommended-rule findings at their default severities; [] when the BPMN is unreadable (reported as bpmn-parse-error). */
  lint(process: Process): Promise<BpmnlintFinding[]> {
    const entry = this.entry(process);
    if (!entry.lint) {
      this.lints += 1;
      entry.lint = this.parsed(process, entry)
        .then((parsed) => (parsed.ok ? lintDefinitions(parsed.definitions) : []))
        .catch((): BpmnlintFinding[] => [])
        .then((findings) => {
          queueMicrotask(() => this.release(entry));
          return findings;
        });
    }
    return entry.lint;
  }
}

/** The cache the command line, the tests and the renderer's worker use unless they pass their own. */
export const sharedProcessCache = new ProcessResultCache();
