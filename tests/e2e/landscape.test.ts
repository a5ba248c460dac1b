// The landscape editor as a user works it in Chromium: drag from the palette, connect two
// components, edit in the side panel, filter, search, auto-layout in the worker, delete with the
// cascade named, copy/paste, keyboard moves, undo/redo, export and save.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createEmptyProject } from '../../models/project/create';
import { serializeProject } from '../../models/project/serialize';
import { openApp, screenshot, useAppServer, lastDownload } from './harness';

const env = useAppServer();

/**
 * React Flow redraws edges only after it has measured the cards again; on a loaded 2-core
 * machine that can take longer than expect.poll's default second after an undo or a layout.
 */
const SETTLE = { timeout: 10000 };

const node = (page: Page, name: string): Locator => page.locator('.react-flow__node', { hasText: name }).first();
const nodes = (page: Page): Locator => page.locator('.react-flow__node');
const edges = (page: Page): Locator => page.locator('.react-flow__edge');
const summary = (page: Page) => page.locator('.cs-feature-summary').textContent();

async function transformOf(locator: Locator): Promise<string> {
  return (await locator.evaluate((el) => (el as HTMLElement).style.transform)) ?? '';
}

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await node(page, 'Social Registry').waitFor();
}

/** Drags from the source handle of one card to the target handle of another. */
async function connect(page: Page, from: string, to: string): Promise<void> {
  const source = node(page, from).locator('.react-flow__handle.source');
  const target = node(page, to).locator('.react-flow__handle.target');
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe('a new landscape', () => {
  it('adds components from the palette by drag and by keyboard, connects them, edits, undoes and saves', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Project name').fill('Landscape test');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    await page.getByText(/no components yet/i).first().waitFor();
    await screenshot(page, 'landscape-empty');

    // Drag "Social registry" from the palette onto the left of the canvas.
    const canvas = page.locator('.cs-leditor__canvas');
    const box = (await canvas.boundingBox())!;
    await page.getByRole('button', { name: 'Add Social registry' }).dragTo(canvas, { targetPosition: { x: box.width * 0.25, y: box.height * 0.5 } });
    await node(page, 'Social registry').waitFor();
    await expect(page.getByText(/no components yet/i).count()).resolves.toBe(0);

    // The keyboard path: focus the palette entry and press Enter; the card lands in the middle.
    await page.getByRole('button', { name: 'Add Programme MIS' }).focus();
    await page.keyboard.press('Enter');
    await node(page, 'Programme MIS').waitFor();
    await expect(nodes(page).count()).resolves.toBe(2);
    // The two cards do not overlap.
    const sr = (await node(page, 'Social registry').boundingBox())!;
    const mis = (await node(page, 'Programme MIS').boundingBox())!;
    const apart = sr.x + sr.width <= mis.x || mis.x + mis.width <= sr.x || sr.y + sr.height <= mis.y || mis.y + mis.height <= sr.y;
    expect(apart).toBe(true);

    // Connect MIS → social registry by dragging handle to handle; the panel opens on the new interaction.
    await connect(page, 'Programme MIS', 'Social registry');
    await edges(page).first().waitFor();
    const panel = page.getByRole('complementary', { name: 'Properties' });
    await panel.getByRole('heading', { name: 'Interaction' }).waitFor();
    const nameField = panel.getByLabel('Name', { exact: true });
    await expect(nameField.inputValue()).resolves.toBe('Programme MIS → Social registry');

    // Edit in the panel: name, pattern (async shows its callback), operation kind.
    await nameField.fill('Look up household');
    await nameField.press('Tab');
    await panel.getByLabel('Pattern').selectOption({ label: 'Asynchronous request with callback' });
    await panel.getByLabel('Operation kind').selectOption('verify');
    await page.locator('.cs-ledge__label', { hasText: 'Look up household' }).waitFor();
    await expect(page.locator('.cs-ledge__label').first().textContent()).resolves.toContain('Verify');
    await expect.poll(() => page.locator('.cs-ledge__callback').count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'landscape-new-connected');

    // Undo the operation kind, then the pattern; redo the pattern.
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.cs-ledge__label').first().textContent(), { timeout: 10_000 }).not.toContain('Verify');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.cs-ledge__callback').count(), { timeout: 10_000 }).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.cs-ledge__callback').count(), { timeout: 10_000 }).toBe(1);

    // Save: the file holds both components with positions and the interaction.
    await page.getByRole('toolbar', { name: 'Document actions' }).getByRole('button', { name: 'Save' }).click();
    const saveAs = page.getByRole('dialog', { name: 'Save as' });
    await saveAs.getByLabel('File name').fill('landscape.convergence');
    await saveAs.getByRole('button', { name: 'Save' }).click();
    const saved = JSON.parse((await lastDownload(page)).text);
    expect(saved.components.map((c: { type: string }) => c.type).sort()).toEqual(['social_registry', 'sp_mis']);
    expect(saved.components.every((c: { position?: unknown }) => c.position !== undefined)).toBe(true);
    expect(saved.interactions).toHaveLength(1);
    expect(saved.interactions[0]).toMatchObject({ name: 'Look up household', pattern: 'async_request_callback', from: 'programme-mis', to: 'social-registry' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('the sample landscape', () => {
  it('edits a component and an interaction in the side panel with searching pickers', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    await screenshot(page, 'landscape-sample');

    await node(page, 'Social Registry').click();
    const panel = page.getByRole('complementary', { name: 'Properties' });
    const owner = panel.getByLabel('Owner agency');
    await owner.fill('Ministry of Social Development – Registry unit');
    await owner.press('Enter');
    await node(page, 'Registry unit').waitFor();

    // Search (Ctrl+F) selects the matching interaction; the panel edits it.
    const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? 0));
    const zoomBefore = await zoom();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('search').getByLabel('Search');
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const interactionName = await page.locator('.cs-ledge__name').first().textContent();
    await search.fill(interactionName!);
    await search.press('Enter');
    await panel.getByRole('heading', { name: 'Interaction' }).waitFor();
    await expect(panel.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(interactionName);
    // The view zooms to what the search found.
    await expect.poll(zoom).toBeGreaterThan(zoomBefore * 1.2);
    await screenshot(page, 'landscape-search');

    // Data element picker: type, then Enter adds the first match as request data.
    const before = await panel.locator('.cs-lpanel__carried li').count();
    const picker = panel.getByRole('combobox', { name: 'Add a data element' });
    await picker.fill('phone');
    await panel.locator('.cs-lpicker__list [role=option]').first().waitFor();
    await picker.press('Enter');
    await expect(panel.locator('.cs-lpanel__carried li').count()).resolves.toBe(before + 1);
    await panel.getByLabel(/^Direction of /).last().selectOption('response');

    // API operation from the project's contracts, searched by path.
    await panel.getByLabel('Contract').selectOption({ index: 1 });
    const operation = panel.getByRole('combobox', { name: 'Operation', exact: true });
    await operation.fill('/registry');
    await panel.locator('.cs-lpicker__list [role=option]').first().waitFor();
    await operation.press('Enter');
    await expect(panel.locator('.cs-lpanel__operation').textContent()).resolves.toMatch(/\/registry/);
    await panel.getByLabel('Legal reference').fill('Social Protection Act, s. 12');
    await panel.getByLabel('Legal reference').press('Tab');
    await panel.getByLabel('Encrypted in transit').check();
    await screenshot(page, 'landscape-panel-interaction');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('edits the sector, retention and cross-border fields as one undo step each, and shows the API operation as method and path', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    const panel = page.getByRole('complementary', { name: 'Properties' });
    const undo = page.getByRole('toolbar', { name: 'Document actions' }).getByRole('button', { name: 'Undo' });

    // A payment service provider is private by default; the panel says so and lets the user choose.
    await node(page, 'MaraPay Mobile Money').click();
    const sector = panel.getByLabel('Run by');
    await expect(sector.inputValue()).resolves.toBe('');
    await expect(sector.locator('option:checked').textContent()).resolves.toBe('Default for this type: Private company');
    await sector.selectOption('non_profit');
    await node(page, 'Social Registry').click();
    await expect(sector.locator('option:checked').textContent()).resolves.toBe('Default for this type: Public body');
    await node(page, 'MaraPay Mobile Money').click();
    await expect(sector.inputValue()).resolves.toBe('non_profit');
    await undo.click();
    await expect.poll(() => sector.inputValue()).toBe('');

    // The interaction linked by operationId shows the operation's method and path from the contract.
    await page.keyboard.press('Control+f');
    const search = page.getByRole('search').getByLabel('Search');
    await search.fill('Search birth record of the child');
    await search.press('Enter');
    await panel.getByRole('heading', { name: 'Interaction' }).waitFor();
    await expect(panel.getByTestId('interaction-operation').textContent()).resolves.toBe('POST /registry/search (search)');

    const retention = panel.getByLabel('Retention by the receiving side');
    const crossBorder = panel.getByLabel('Data leaves the country');
    const retentionBefore = await retention.inputValue();
    const crossBefore = await crossBorder.inputValue();
    await retention.fill('Until the child turns 18, then 7 years');
    await retention.press('Enter');
    await crossBorder.selectOption('yes');
    await expect(crossBorder.inputValue()).resolves.toBe('yes');
    await crossBorder.scrollIntoViewIfNeeded();
    await screenshot(page, 'landscape-panel-data-protection');
    // Each field was one step: the first undo takes back the cross-border answer only.
    await undo.click();
    await expect.poll(() => crossBorder.inputValue()).toBe(crossBefore);
    await expect(retention.inputValue()).resolves.toBe('Until the child turns 18, then 7 years');
    await undo.click();
    await expect.poll(() => retention.inputValue()).toBe(retentionBefore);
    // "Not recorded" removes the answer.
    await crossBorder.selectOption('');
    await expect(crossBorder.locator('option:checked').textContent()).resolves.toBe('Not recorded');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('filters, highlights sensitive flows, lays out in the worker, deletes with the cascade named, copies and pastes, and moves with the keyboard', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    const total = await nodes(page).count();

    // Sensitive flows: the rest is dimmed, then hidden.
    await page.getByRole('search').getByLabel('Data').selectOption('sensitive');
    await page.locator('.cs-lnode.is-dimmed').first().waitFor();
    const dimmed = await page.locator('.cs-lnode.is-dimmed').count();
    expect(dimmed).toBeGreaterThan(0);
    expect(dimmed).toBeLessThan(total);
    await expect(page.getByText('Sensitive personal data').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'landscape-filter-sensitive');
    await page.getByLabel('Hide the rest').check();
    await expect(nodes(page).count()).resolves.toBe(total - dimmed);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Hide the rest').uncheck();
    await expect(nodes(page).count()).resolves.toBe(total);

    // Filter by type and by phase.
    // Several types at once: a button opens checkboxes; the keyboard reaches them with Tab.
    const typeButton = page.getByRole('search').getByRole('button', { name: /^Type All/ });
    await typeButton.click();
    await expect(typeButton.getAttribute('aria-expanded')).resolves.toBe('true');
    const typeBoxes = page.getByRole('group', { name: 'Component types to show' });
    await typeBoxes.getByRole('checkbox', { name: 'Social registry' }).check();
    await expect.poll(() => page.locator('.cs-lnode.is-dimmed').count(), SETTLE).toBeGreaterThan(0);
    const oneType = await page.locator('.cs-lnode:not(.is-dimmed)').count();
    expect(oneType).toBeGreaterThan(0);
    await typeBoxes.getByRole('checkbox', { name: 'Programme MIS' }).check();
    await expect.poll(() => page.locator('.cs-lnode:not(.is-dimmed)').count()).toBeGreaterThan(oneType);
    await expect(page.getByRole('search').getByRole('button', { name: 'Type 2 types' }).count()).resolves.toBe(1);
    await screenshot(page, 'landscape-filter-types');
    await page.keyboard.press('Escape');
    await expect(typeBoxes.count()).resolves.toBe(0);
    await expect(page.getByRole('search').getByRole('button', { name: 'Type 2 types' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('.cs-lnode.is-dimmed').count()).resolves.toBe(0);
    await page.getByRole('search').getByLabel('Phase').selectOption({ index: 2 });
    await page.locator('.cs-lnode.is-dimmed').first().waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // Auto-layout: positions change, one undo step brings the old layout back.
    const watched = node(page, 'Social Registry');
    const original = await transformOf(watched);
    await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
    await expect.poll(() => transformOf(watched), { timeout: 20000 }).not.toBe(original);
    await page.waitForTimeout(300);
    await screenshot(page, 'landscape-auto-layout');
    // Edges follow elkjs's orthogonal routes: straight runs with right-angled bends only.
    const routed = page.locator('.react-flow__edge-path.is-routed');
    await expect.poll(() => routed.count(), SETTLE).toBeGreaterThan(0);
    const routedPaths = await routed.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
    for (const d of routedPaths) expect(d).toMatch(/^M [\d.-]+ [\d.-]+( L [\d.-]+ [\d.-]+)+$/);
    // Moving a card puts its own edges back on curves; the others keep their routes.
    const routedBefore = routedPaths.length;
    await watched.click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => routed.count(), SETTLE).toBeLessThan(routedBefore);
    await expect.poll(() => routed.count(), SETTLE).toBeGreaterThan(0);
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => routed.count(), SETTLE).toBe(routedBefore);
    await page.keyboard.press('Control+z');
    await expect.poll(() => transformOf(watched), SETTLE).toBe(original);
    await expect.poll(() => routed.count(), SETTLE).toBe(0);

    // Keyboard: the selected card moves with the arrow keys, one undo step per press.
    await watched.click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => transformOf(watched), SETTLE).not.toBe(original);
    await page.keyboard.press('Control+z');
    await expect.poll(() => transformOf(watched), SETTLE).toBe(original);

    // Tab moves to the next card or interaction and selects it; Enter puts focus in the panel.
    await watched.focus();
    await page.keyboard.press('Tab');
    const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement).closest<HTMLElement>('.react-flow__node, .react-flow__edge')?.dataset.id ?? null);
    expect(focusedId).not.toBeNull();
    expect(focusedId).not.toBe(await watched.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.cs-lpanel'))))
      .toBe(true);

    // Delete names the interactions that would dangle; undo restores all of it.
    await expect.poll(() => edges(page).count(), SETTLE).toBeGreaterThan(0);
    const edgesBefore = await edges(page).count();
    await watched.click();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete from the landscape?' });
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/would lose an endpoint/);
    await screenshot(page, 'landscape-delete-confirm');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(nodes(page).count()).resolves.toBe(total - 1);
    await expect.poll(() => edges(page).count(), SETTLE).toBeLessThan(edgesBefore);
    await page.keyboard.press('Control+z');
    await expect(nodes(page).count()).resolves.toBe(total);
    await expect.poll(() => edges(page).count(), SETTLE).toBe(edgesBefore);

    // Copy and paste a card: a new one with a fresh id.
    await watched.click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(nodes(page).count()).resolves.toBe(total + 1);
    await expect(summary(page)).resolves.toContain(`${total + 1} components`);

    // Export SVG of the view.
    await page.evaluate(() => {
      window.__CS_LAST_DOWNLOAD__ = undefined;
    });
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svg = await lastDownload(page);
    expect(svg.name).toMatch(/-landscape\.svg$/);
    expect(svg.text).toContain('<svg');
    expect(svg.text).toContain('Social Registry');
    // PNG: the same picture drawn on a canvas, downloaded as bytes (no dialog, no error).
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    expect((await png).suggestedFilename()).toMatch(/-landscape\.png$/);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('bad input', () => {
  it('shows an unknown type as such and keeps it editable, skips an interaction to nowhere, and keeps long names of any script inside their cards', async () => {
    const project = createEmptyProject({ name: 'Odd landscape', now: '2025-01-01T00:00:00Z' });
    project.components = [
      { id: 'old', name: 'Legacy benefits database', type: 'retired_type_v0', standards: [], position: { x: 0, y: 0 } },
      { id: 'ar', name: 'السجل الاجتماعي الوطني الموحد للأسر الفقيرة والضعيفة في جميع المحافظات', type: 'social_registry', standards: [], position: { x: 420, y: 0 } },
      { id: 'am', name: 'የማኅበራዊ ጥበቃ መዝገብ 🏠 with a very long name that goes on and on and on', type: 'sp_mis', ownerAgency: 'ሚኒስቴር 🇪🇹', standards: [], position: { x: 0, y: 240 } },
    ];
    const base = { pattern: 'sync_request_response', operationKind: 'read' as const, protocol: 'rest' as const, dataElements: [], security: {} };
    project.interactions = [
      { id: 'ok', name: 'Read records', from: 'am', to: 'ar', ...base },
      { id: 'dangling', name: 'To a system that is gone', from: 'am', to: 'ghost', ...base },
    ];
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: 'odd.convergence', mimeType: 'application/json', buffer: Buffer.from(serializeProject(project), 'utf8') });
    await node(page, 'Legacy benefits database').waitFor();
    await expect(node(page, 'Legacy benefits database').textContent()).resolves.toContain('Unknown type');
    await expect(edges(page).count()).resolves.toBe(1);
    // Long names stay inside their 236-pixel cards.
    for (const name of ['السجل', 'የማኅበራዊ']) {
      const card = node(page, name);
      const width = await card.evaluate((el) => (el.querySelector('.cs-lnode') as HTMLElement).getBoundingClientRect().width / (el.getBoundingClientRect().width || 1));
      expect(width).toBeLessThanOrEqual(1.01);
      const overflow = await card.locator('.cs-lnode__name').evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(overflow).toBe(true);
    }
    // The unknown type is editable: pick a real one.
    await node(page, 'Legacy benefits database').click();
    const panel = page.getByRole('complementary', { name: 'Properties' });
    await expect(panel.getByText(/does not know this type/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'landscape-bad-input');
    await panel.getByLabel('Type').selectOption('ibr');
    await expect(node(page, 'Legacy benefits database').textContent()).resolves.not.toContain('Unknown type');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('lists the first 100 interactions below the canvas and the rest on request', async () => {
    const project = createEmptyProject({ name: 'Busy pair', now: '2025-01-01T00:00:00Z' });
    project.components = [
      { id: 'a', name: 'Payroll system', type: 'sp_mis', standards: [], position: { x: 0, y: 0 } },
      { id: 'b', name: 'Payment switch', type: 'payment_switch', standards: [], position: { x: 600, y: 0 } },
    ];
    project.interactions = Array.from({ length: 120 }, (_, i) => ({
      id: `batch-${i + 1}`,
      name: `Batch ${i + 1}`,
      from: 'a',
      to: 'b',
      pattern: 'batch_file_exchange',
      operationKind: 'create' as const,
      protocol: 'sftp_file' as const,
      dataElements: [],
      security: {},
    }));
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: 'busy.convergence', mimeType: 'application/json', buffer: Buffer.from(serializeProject(project), 'utf8') });
    const table = page.getByRole('region', { name: 'Interactions' }).getByRole('table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(100);
    await page.getByText('Showing 100 of 120 interactions').waitFor();
    await page.getByRole('button', { name: 'Show 20 more' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(120);
    await expect(page.getByRole('button', { name: /^Show all/ }).count()).resolves.toBe(0);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
