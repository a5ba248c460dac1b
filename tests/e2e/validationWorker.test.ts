// The full validation runs in a web worker: opening a project shows, a moment after the quick
// pass (which reads no BPMN), the findings only the full pass has, and the page created the
// validation worker to find them.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFile, openApp, repoRoot, useAppServer } from './harness';

const app = useAppServer();

/** The sample with one step linking a data element the dictionary does not have: a finding inside the BPMN. */
async function sampleWithBrokenStepLink(): Promise<string> {
  const document = JSON.parse(await readFile(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8')) as {
    processes: { bpmn: string }[];
  };
  expect(document.processes[0]!.bpmn).toContain('elementId="person.given_name"');
  document.processes[0]!.bpmn = document.processes[0]!.bpmn.replace('elementId="person.given_name"', 'elementId="person.nickname"');
  return JSON.stringify(document);
}

describe('validation in a web worker', () => {
  it('brings the full pass\'s findings to the status bar from the validation worker', async () => {
    const { page, context, errors } = await openApp(app.browser, app.url);
    try {
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await chooseFile(page, () => page.getByRole('button', { name: 'Open…' }).click(), 'step-link.convergence', await sampleWithBrokenStepLink());
      // The broken step link is inside the BPMN: only the full pass reads it.
      await page.getByRole('button', { name: 'Show problems: 1 error, 0 warnings' }).waitFor({ timeout: 20_000 });
      expect(workers.some((url) => url.includes('validation.worker'))).toBe(true);

      // An edit sends the worker only what changed; the full result follows the edit: the new
      // component takes part in no interaction (orphan-component), next to the step link.
      await page.keyboard.press('Alt+Shift+1');
      await page.getByRole('button', { name: 'Add Programme MIS' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Show problems: 1 error, 1 warning' }).waitFor({ timeout: 20_000 });
      expect(workers.filter((url) => url.includes('validation.worker'))).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
