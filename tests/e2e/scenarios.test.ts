// Scenarios as a user builds and presents them in the web build: create a scenario for a
// process, fill its steps from the process (one undo step), reorder a step from the keyboard,
// read the sequence diagram and the interoperability table, walk through it full screen, export it.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openSample, screenshot, useAppServer } from './harness';

const env = useAppServer();

const escapeHtmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function openScenarios(page: Page): Promise<void> {
  await openSample(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Scenarios/ }).click();
  await page.getByRole('heading', { name: 'Scenarios', level: 2 }).waitFor();
}

const stepTitles = (page: Page) =>
  page.getByRole('list', { name: 'Steps' }).locator(':scope > li').evaluateAll((items) =>
    items.map((item) => (item.querySelector('input') as HTMLInputElement | null)?.value ?? ''),
  );

describe('scenario editor and walkthrough', () => {
  it('builds a scenario from its process, reorders a step, shows the diagram and table, and presents it', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openScenarios(page);

    // A new scenario opens on its details with the title ready to type.
    await page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('button', { name: 'New scenario' }).click();
    const title = page.getByLabel('Title', { exact: true });
    await expect(title.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await title.fill('Enrol eligible children');
    await title.press('Enter');
    await page.getByLabel('Objective').fill('Enrol every eligible child found by the weekly run.');
    await page.getByLabel('Process', { exact: true }).selectOption({ label: 'Eligibility and enrolment' });
    await page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button', { name: /^Enrol eligible children/ }).waitFor();
    await screenshot(page, 'scenarios-details');

    // Fill from process: a preview first, applied as one change.
    await page.getByRole('tab', { name: /^Steps/ }).click();
    await page.getByText(/No steps yet\. Choose “Fill from process”/).waitFor();
    await page.getByRole('button', { name: 'Fill from process…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fill the steps from the process' });
    const apply = dialog.getByRole('button', { name: /^Use these \d+ steps$/ });
    await apply.waitFor();
    const proposedCount = Number(/\d+/.exec((await apply.textContent()) ?? '')![0]);
    expect(proposedCount).toBeGreaterThan(3);
    await expect(dialog.getByRole('row').count()).resolves.toBe(proposedCount + 1);
    await screenshot(page, 'scenarios-fill-preview');
    await apply.click();
    await dialog.waitFor({ state: 'detached' });
    const filled = await stepTitles(page);
    expect(filled).toHaveLength(proposedCount);
    expect(filled[0]).toBe('Request household profile');
    await expect(page.getByRole('tab', { name: `Steps (${proposedCount})` }).count()).resolves.toBe(1);

    // Alt+↑ inside the second step moves it up; focus stays with it so the key can repeat.
    const second = page.getByLabel('Title of step 2');
    await second.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => stepTitles(page)).toEqual([filled[1], filled[0], ...filled.slice(2)]);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe(filled[1]);
    await expect(page.getByText(`“${filled[1]}” moved to position 1 of ${proposedCount}.`).count()).resolves.toBe(1);
    // The move button does the same the other way.
    await page.getByRole('button', { name: 'Move step 1 down' }).click();
    await expect.poll(() => stepTitles(page)).toEqual(filled);
    await screenshot(page, 'scenarios-steps');

    // Undo: the two moves, then the whole fill in one step.
    await page.getByRole('heading', { name: 'Scenarios', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => stepTitles(page)).toEqual([filled[1], filled[0], ...filled.slice(2)]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stepTitles(page)).toEqual(filled);
    await page.keyboard.press('Control+z');
    await page.getByText(/No steps yet\. Choose “Fill from process”/).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stepTitles(page)).toEqual(filled);

    // Dragging the second step by its handle onto the first puts it first.
    const cards = page.locator('li.cs-scenarios__edit-step');
    await cards.nth(0).scrollIntoViewIfNeeded();
    await cards.nth(1).locator('.cs-scenarios__drag-handle').dragTo(cards.nth(0), { targetPosition: { x: 20, y: 70 } });
    await expect.poll(() => stepTitles(page)).toEqual([filled[1], filled[0], ...filled.slice(2)]);
    await page.getByRole('heading', { name: 'Scenarios', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => stepTitles(page)).toEqual(filled);

    // The sequence diagram: the systems of the steps, zoomable.
    await page.getByRole('tab', { name: 'Sequence diagram' }).click();
    const diagram = page.getByRole('region', { name: 'Sequence diagram (scrollable)' });
    await diagram.locator('svg').waitFor();
    const diagramText = (await diagram.textContent()) ?? '';
    expect(diagramText).toContain('Child Grant MIS');
    expect(diagramText).toContain('National Social Registry');
    expect(diagramText).toContain('POST /registry/sync/search');
    const width = await diagram.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByText('125 %').waitFor();
    const zoomed = await diagram.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
    expect(zoomed).toBeGreaterThan(width * 1.2);
    await page.getByRole('button', { name: 'Actual size' }).click();
    await screenshot(page, 'scenarios-sequence');

    // The interoperability table names the API operation by method and path.
    await page.getByRole('tab', { name: 'Interoperability table' }).click();
    const table = page.getByRole('table', { name: /Interoperability table of Enrol eligible children/ });
    await table.waitFor();
    const sync = table.getByRole('row').filter({ hasText: 'Read household profile and PMT score' });
    await expect(sync.first().textContent()).resolves.toMatch(/POST \/registry\/sync\/search/);
    await expect(sync.first().textContent()).resolves.toMatch(/Synchronous/);
    await screenshot(page, 'scenarios-table');

    // The walkthrough: → → ← moves between steps, N shows the notes, Esc leaves.
    await page.getByRole('toolbar', { name: 'Scenario actions' }).getByRole('button', { name: 'Start walkthrough' }).click();
    const walk = page.getByRole('dialog', { name: 'Walkthrough: Enrol eligible children' });
    await walk.waitFor();
    await walk.getByText(`Step 1 of ${proposedCount}`).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await walk.getByText(`Step 3 of ${proposedCount}`).waitFor();
    await page.keyboard.press('ArrowLeft');
    await walk.getByText(`Step 2 of ${proposedCount}`).waitFor();
    await expect(walk.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(filled[1]);
    // The BPMN step is marked in the read-only diagram; its landscape edges are highlighted.
    await walk.locator('.cs-walk-current').first().waitFor();
    await expect(walk.locator('.cs-walk__landscape g.edges > g.is-current').count()).resolves.toBeGreaterThan(0);
    await walk.getByText('POST /registry/sync/search').first().waitFor();
    await page.keyboard.press('n');
    await walk.getByRole('heading', { name: 'Speaker notes' }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'scenarios-walkthrough');
    await page.keyboard.press('End');
    await walk.getByText(`Step ${proposedCount} of ${proposedCount}`).waitFor();
    await page.keyboard.press('Escape');
    await walk.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Scenarios', level: 2 }).waitFor();

    // Export what was just built: from the Scenarios view the dialog starts on this scenario, and
    // the HTML holds its steps in their order.
    await page.keyboard.press('Alt+Shift+E');
    const exportDialog = page.getByRole('dialog', { name: 'Export specification' });
    await exportDialog.waitFor();
    await page.getByRole('status').getByText(/^Ready: \d+ files?\./).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const html = await readFile((await download.path())!, 'utf8');
    expect(html).toContain('<h1');
    expect(html).toContain('Enrol eligible children');
    expect(html).not.toContain('Monthly payroll and reconciliation');
    expect(html.indexOf(escapeHtmlText(filled[0]!))).toBeGreaterThan(-1);
    expect(html.indexOf(escapeHtmlText(filled[0]!))).toBeLessThan(html.indexOf(escapeHtmlText(filled[1]!)));
    await page.getByRole('status').getByText(/^Saved to /).waitFor();
    await exportDialog.getByRole('button', { name: 'Close', exact: true }).click();
    await exportDialog.waitFor({ state: 'detached' });

    // A hostile title stays text in the editor, the diagram and the table.
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByLabel('Title', { exact: true }).fill('<img src=x onerror="window.__xss=1">');
    await page.getByLabel('Title', { exact: true }).press('Enter');
    await page.getByRole('tab', { name: 'Sequence diagram' }).click();
    await diagram.locator('svg').waitFor();
    await page.getByRole('tab', { name: 'Interoperability table' }).click();
    await page.getByRole('table').waitFor();
    await expect(page.locator('.cs-scenarios__editor img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();

    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('presents a sample scenario with its speaker notes from the menu shortcut', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openScenarios(page);
    await page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button', { name: /^Register a child/ }).click();
    await page.keyboard.press('Alt+Shift+P');
    const walk = page.getByRole('dialog', { name: /^Walkthrough: Register a child/ });
    await walk.waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await walk.getByText('Step 3 of 7').waitFor();
    await page.keyboard.press('N');
    await walk.getByText(/Asynchronous search by birth registration number/).waitFor();
    await walk.getByText('POST /registry/search').first().waitFor();
    await walk.locator('.cs-walk-current').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'scenarios-walkthrough-sample');
    await walk.getByRole('button', { name: 'Exit (Esc)' }).click();
    await walk.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
