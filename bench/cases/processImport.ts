// Import of a large BPMN diagram into the Processes editor, in Chromium: our Modeler set-up
// (cs moddle extension, bpmn-js-bpmnlint with the compiled recommended rules and its first
// lint, link badges, fit) vs a bare bpmn-js Modeler importing the same XML in the same page.
// The figure is M: 1,500 flow elements (750 flow nodes and their sequence flows).

import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RESULT_PREFIX } from '../protocol';
import { buildSyntheticProcess } from '../syntheticBpmn';
import type { SizeName } from '../generate';
import { defineCase } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Flow nodes per size; with their sequence flows the diagram has about twice as many elements. */
export const PROCESS_IMPORT_NODES: Readonly<Record<SizeName, number>> = { S: 250, M: 750, L: 1500 };

export function largeProcessXml(size: SizeName): string {
  let decisions = 0;
  return buildSyntheticProcess({
    bpmnProcessId: 'Bench',
    name: 'Bench process',
    flowNodeCount: PROCESS_IMPORT_NODES[size],
    describeTask: (index) => ({
      name: `Step ${index + 1}`,
      kind: index % 2 === 0 ? 'userTask' : 'serviceTask',
      ...(index % 3 === 0
        ? { links: { chainStep: 'intake_registration', agency: 'Ministry', dataRefs: [{ elementId: 'person.identifier', usage: 'reads' as const }], interactionRefs: [], operationRefs: [] } }
        : {}),
    }),
    // Every seventh slot a decision block, so gateways and branches are part of the import.
    wantsDecision: () => (decisions += 1) % 7 === 0,
  }).xml;
}

interface ImportState {
  browser: Browser;
  page: Page;
  xml: string;
}

/**
 * The measuring child (bench/child.ts) ends when its event loop is empty, which an open browser
 * prevents; the child offers no clean-up hook, so the browser closes once the child has written
 * its result line (bench/protocol.ts).
 */
function closeAfterResult(browser: Browser): void {
  const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    const written = write(chunk, ...rest);
    if (String(chunk).startsWith(RESULT_PREFIX)) void browser.close();
    return written;
  }) as typeof process.stdout.write;
}

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, '..', 'browser', 'processImportPage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle for the process import page');
  return output.text;
}

export const processImportCase = defineCase<ImportState>({
  name: 'process-import',
  description:
    'import of a synthetic BPMN diagram into the Processes editor in Chromium (S: 250 flow nodes, M: 750 flow nodes ≈ 1,500 elements, L: 1,500 nodes): ' +
    'Modeler with cs extension + bpmnlint + badges + fit, vs a bare bpmn-js Modeler in the same page',
  subjectLabel: 'editor import',
  baselineLabel: 'bare Modeler',
  repetitions: { S: 5, M: 5, L: 3 },
  async prepare(input) {
    const script = await bundlePage();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    closeAfterResult(browser);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: script });
    const xml = largeProcessXml(input.size);
    // One untimed import each, so both variants run with the code compiled and the fonts loaded.
    await page.evaluate((text) => window.benchImportSubject(text), xml);
    await page.evaluate((text) => window.benchImportBaseline(text), xml);
    return { browser, page, xml };
  },
  async subject({ page, xml }) {
    return page.evaluate((text) => window.benchImportSubject(text), xml);
  },
  async baseline({ page, xml }) {
    return page.evaluate((text) => window.benchImportBaseline(text), xml);
  },
});
