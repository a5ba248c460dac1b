// The Processes editor as a user works with it: a process from a template, a new task linked to
// a data element and an interaction, save and reopen with the links intact; import and export.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readProcessSteps } from '../../models/process/steps';
import { openApp, repoRoot, screenshot, useAppServer, lastDownload, chooseFile } from './harness';

const env = useAppServer();

async function clearDownload(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__CS_LAST_DOWNLOAD__ = undefined;
  });
}

async function openProcesses(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Processes/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Processes', exact: true }).waitFor();
}

/** Ctrl+F in the focused canvas, type, Enter: bpmn-js's search selects the first match. */
async function findOnCanvas(page: Page, text: string): Promise<void> {
  await page.locator('.cs-process__canvas .djs-container > svg').focus();
  await page.keyboard.press('Control+f');
  const search = page.locator('.djs-search-container input');
  await search.waitFor();
  // The search pad listens to key events, so the text is typed, not filled.
  await search.pressSequentially(text);
  await page.locator('.djs-search-container .djs-search-result').first().waitFor();
  await search.press('Enter');
}

const shapes = (page: Page) => page.locator('.cs-process__canvas .djs-element.djs-shape');

describe('process editor', () => {
  it('creates a process from a template, adds and links a task, saves and reopens with the links', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await page.getByRole('button', { name: 'Open the sample project' }).click();
    await openProcesses(page);

    await page.getByRole('button', { name: 'New process…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New process' });
    await dialog.getByLabel('Start from').selectOption({ label: 'Grievance redress' });
    await expect(dialog.getByLabel('Name').inputValue()).resolves.toBe('Grievance redress');
    await dialog.getByLabel('Name').fill('Grievances (pilot)');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 3, name: 'Grievances (pilot)' }).waitFor();
    await page.locator('[data-element-id="Task_investigate"]').waitFor();
    // Template steps come linked: badges on the canvas.
    await page.locator('.cs-process__badge').first().waitFor();
    await screenshot(page, 'process-from-template');

    // Add a task with the palette: click the tool, then click in the complainant's lane.
    const lane = await page.locator('[data-element-id="Lane_complainant"]').boundingBox();
    if (!lane) throw new Error('lane not found');
    await page.locator('.djs-palette .entry.bpmn-icon-task').click();
    await page.mouse.move(lane.x + lane.width - 140, lane.y + lane.height / 2);
    await page.mouse.click(lane.x + lane.width - 140, lane.y + lane.height / 2);
    // Type only once the label editor is open: before that, letters are canvas tools (h, l, s…).
    await page.locator('.djs-direct-editing-content').waitFor();
    await page.keyboard.type('Phone the complainant');
    await page.locator('.cs-process__canvas').click({ position: { x: 5, y: 5 } });
    // diagram-js nests children inside their pool's group, so the new task is found by its fresh id.
    const task = page.locator('g.djs-element.djs-shape[data-element-id^="Activity_"]');
    await task.getByText('Phone the complainant').waitFor();
    // Select it with bpmn-js's search (Ctrl+F), as a keyboard user would.
    await findOnCanvas(page, 'Phone the');

    const panel = page.locator('.cs-process__panel');
    await panel.getByRole('heading', { name: 'Phone the complainant' }).waitFor();
    await panel.getByLabel('Usage', { exact: true }).selectOption('reads');
    await panel.getByLabel('Find a data element').fill('phone number');
    await panel.getByRole('button', { name: /Mobile phone number/ }).first().click();
    await panel.getByLabel(/^Usage of Mobile phone number/).waitFor();
    const interaction = panel.getByLabel('Link an interaction');
    const firstInteraction = await interaction.locator('option').nth(1).textContent();
    await interaction.selectOption({ index: 1 });
    await panel.getByText(firstInteraction ?? '', { exact: true }).waitFor();
    await panel.getByLabel('Delivery-chain step').selectOption('grievance_redress');
    await panel.getByLabel('Responsible agency').fill('Ministry of Social Development');
    await panel.getByLabel('Responsible agency').press('Enter');
    await screenshot(page, 'process-step-linked');

    // Ctrl+Z inside the canvas is the diagram's own undo: the agency goes, the document keeps its name.
    await page.locator('.cs-process__canvas .djs-container > svg').focus();
    await page.keyboard.press('Control+z');
    await expect(panel.getByLabel('Responsible agency').inputValue()).resolves.toBe('');
    await page.keyboard.press('Control+y');
    await expect(panel.getByLabel('Responsible agency').inputValue()).resolves.toBe('Ministry of Social Development');

    // Switching views right after an edit keeps it; then save.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Problems/ }).click();
    await page.getByRole('toolbar', { name: 'Document actions' }).getByRole('button', { name: 'Save' }).click();
    const saveAs = page.getByRole('dialog', { name: 'Save as' });
    await saveAs.getByLabel('File name').fill('grievances.convergence');
    await saveAs.getByRole('button', { name: 'Save' }).click();
    const saved = await lastDownload(page);
    const document = JSON.parse(saved.text) as { processes: { name: string; bpmn: string }[]; dataElements: { id: string }[] };
    const process = document.processes.find((candidate) => candidate.name === 'Grievances (pilot)');
    const { steps } = await readProcessSteps('saved', process?.bpmn ?? '');
    const phone = steps.find((step) => step.name === 'Phone the complainant');
    expect(phone).toMatchObject({
      laneName: 'Complainant',
      chainStep: 'grievance_redress',
      agency: 'Ministry of Social Development',
      dataRefs: [{ elementId: 'contact.phone_number', usage: 'reads' }],
    });
    expect(phone?.interactionIds).toHaveLength(1);
    expect(app.errors).toEqual([]);
    await app.context.close();

    // Reopen in a fresh profile: the links are still on the step.
    const second = await openApp(env.browser, env.url);
    await chooseFile(second, () => second.page.getByRole('button', { name: 'Open…' }).click(), 'grievances.convergence', saved.text);
    await openProcesses(second.page);
    await second.page.getByRole('button', { name: /Grievances \(pilot\)/ }).click();
    const reopened = second.page.locator('g.djs-element.djs-shape[data-element-id^="Activity_"]');
    await reopened.getByText('Phone the complainant').waitFor();
    await findOnCanvas(second.page, 'Phone the');
    const panel2 = second.page.locator('.cs-process__panel');
    await panel2.getByLabel(/^Usage of Mobile phone number/).waitFor();
    await expect(panel2.getByLabel('Responsible agency').inputValue()).resolves.toBe('Ministry of Social Development');
    await panel2.getByText(firstInteraction ?? '', { exact: true }).waitFor();
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('imports a .bpmn file from the menu and exports it as BPMN, SVG and PNG', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Project name').fill('Imports');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await openProcesses(page);

    const file = path.resolve(repoRoot, '..', 'shared', 'conformance', 'bpmn-miwg', 'Reference', 'C.1.0.bpmn');
    const xml = await readFile(file, 'utf8');
    await chooseFile(app, () => page.getByRole('button', { name: 'Import BPMN…' }).click(), 'C.1.0.bpmn', xml, 'application/xml');
    const importDialog = page.getByRole('dialog', { name: 'Import C.1.0.bpmn' });
    await importDialog.getByLabel('Phase').selectOption('provide');
    await importDialog.getByRole('button', { name: 'Import' }).click();
    await shapes(page).nth(5).waitFor();
    await screenshot(page, 'process-imported');

    await clearDownload(page);
    await page.getByRole('button', { name: 'Export BPMN' }).click();
    const bpmn = await lastDownload(page);
    expect(bpmn.name).toMatch(/\.bpmn$/);
    expect(bpmn.text).toBe(xml);

    await clearDownload(page);
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svg = await lastDownload(page);
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.text).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const png = await download;
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile((await png.path()) ?? '');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);

    // A file that is not BPMN is refused with its name; nothing is added.
    await chooseFile(app, () => page.getByRole('button', { name: 'Import BPMN…' }).click(), 'notes.bpmn', 'just some notes', 'application/xml');
    const refused = page.getByRole('alertdialog', { name: 'The BPMN file cannot be imported' });
    await refused.getByText(/notes\.bpmn: the file is not XML/).waitFor();
    await screenshot(page, 'process-import-refused');
    await refused.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(page.locator('.cs-process__list li').count()).resolves.toBe(1);

    // Drag and drop of a .bpmn file onto the view imports it too.
    const mifos = await readFile(path.resolve(repoRoot, '..', 'shared', 'conformance', 'mifos-ph-ee', 'orchestration', 'feel', 'bulk_processor.bpmn'), 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'bulk_processor.bpmn', { type: 'application/xml' }));
      const target = document.querySelector('.cs-process')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, mifos);
    const dropped = page.getByRole('dialog', { name: 'Import bulk_processor.bpmn' });
    await dropped.getByRole('button', { name: 'Import' }).click();
    await expect(page.locator('.cs-process__list li').count()).resolves.toBe(2);
    await clearDownload(page);
    await page.getByRole('button', { name: 'Export BPMN' }).click();
    expect((await lastDownload(page)).text).toBe(mifos);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows bpmnlint findings on the canvas and in Problems', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await page.getByRole('button', { name: 'Open the sample project' }).click();
    await openProcesses(page);
    await page.getByRole('button', { name: 'New process…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New process' });
    await dialog.getByLabel('Name').fill('Blank one');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.locator('.bjsl-overlay, .bjsl-issues-top-right, .bjsl-icon').first().waitFor();
    // The canvas's lint toggle: off hides the findings (and stops canvas linting), on lints again.
    const lintToggle = page.locator('.cs-process__canvas .bjsl-button');
    await lintToggle.click();
    await page.locator('.bjsl-overlay').first().waitFor({ state: 'detached' });
    await lintToggle.click();
    await page.locator('.bjsl-overlay').first().waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Problems/ }).click();
    await page.getByText(/bpmnlint\/end-event-required/).first().waitFor();
    await screenshot(page, 'process-lint-problems');

    // Per project: switch the rule off, and 'no-disconnected' down to a note.
    await openProcesses(page);
    await page.getByRole('button', { name: 'Lint rules…' }).click();
    const rules = page.getByRole('dialog', { name: 'BPMN lint rules of this project' });
    await rules.getByLabel('Severity of end-event-required').selectOption('off');
    await rules.getByLabel('Severity of no-disconnected').selectOption('info');
    await screenshot(page, 'process-lint-rules');
    await rules.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Problems/ }).click();
    await page.getByText('bpmnlint/no-implicit-end', { exact: true }).first().waitFor();
    await expect(page.getByText('bpmnlint/end-event-required', { exact: true }).count()).resolves.toBe(0);
    await page.getByText('1 note', { exact: false }).first().waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
