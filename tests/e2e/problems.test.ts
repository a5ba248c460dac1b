// The Problems view as a user works it in Chromium: a broken sample lists its problems with the
// rule's name, why it fired and how to fix it; following a problem opens the element selected
// and in view (landscape, BPMN editor, dictionary, contracts, scenarios); a rule's severity is changed and
// the rule turned off from the problem, both undoable; filters; the data-protection annex export.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getValidationRule } from '../../models/validation';
import { chooseFile, lastDownload, openApp, repoRoot, screenshot, useAppServer } from './harness';

const env = useAppServer();

/** React Flow and bpmn-js settle after measuring; give them time on a loaded machine. */
const SETTLE = { timeout: 10000 };

interface SampleDocument {
  project: { name: string };
  components: { id: string; name: string; type: string; standards: string[]; position?: { x: number; y: number } }[];
  interactions: { id: string; name: string; legalBasis?: string }[];
  processes: { bpmn: string }[];
  dataElements: { id: string; definition: string }[];
  scenarios: { steps: { interactionIds: string[] }[] }[];
  apiContracts: { id: string; mappings?: unknown[] }[];
}

async function sample(): Promise<SampleDocument> {
  return JSON.parse(await readFile(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8')) as SampleDocument;
}

/** The sample with five mistakes, one per view the Problems view leads to. */
async function brokenSample(): Promise<SampleDocument> {
  const document = await sample();
  delete document.interactions.find((interaction) => interaction.id === 'mis-reads-household-profile')!.legalBasis;
  expect(document.processes[0]!.bpmn).toContain('elementId="person.given_name"');
  document.processes[0]!.bpmn = document.processes[0]!.bpmn.replace('elementId="person.given_name"', 'elementId="person.nickname"');
  document.dataElements.find((element) => element.id === 'person.sex')!.definition = '';
  document.scenarios[0]!.steps[1]!.interactionIds = ['ghost-interaction'];
  document.apiContracts[0]!.mappings = [{ method: 'POST', path: '/registry/sync/search', location: 'request', pointer: '/header/sender_id', elementId: 'ghost.element' }];
  return document;
}

async function openDocument(page: Page, name: string, document: unknown): Promise<void> {
  await chooseFile(page, () => page.getByRole('button', { name: 'Open…' }).click(), name, JSON.stringify(document));
  await page.getByRole('navigation', { name: 'Views' }).waitFor();
}

async function goToProblems(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Problems/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Problems', exact: true }).waitFor();
}

const ruleSection = (page: Page, ruleId: string): Locator => page.locator('section.cs-problems__rule', { has: page.locator('code.cs-problems__rule-id', { hasText: ruleId }) });
const problemButton = (page: Page, text: string | RegExp): Locator => page.locator('button.cs-problems__item', { hasText: text }).first();

async function statusCounts(page: Page): Promise<{ errors: number; warnings: number }> {
  const label = (await page.locator('.cs-statusbar__problems').getAttribute('aria-label')) ?? '';
  const match = /(\d+) errors?, (\d+) warnings?/.exec(label);
  if (!match) throw new Error(`unexpected status label ${label}`);
  return { errors: Number(match[1]), warnings: Number(match[2]) };
}

/**
 * The box of `inner` lies inside the box of `outer` (it is scrolled into view); only vertically
 * for a table row, which may be wider than its horizontally scrolling table.
 */
async function isInside(inner: Locator, outer: Locator, vertically = false): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const inY = a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1;
  return vertically ? inY : inY && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
}

describe('the Problems view', () => {
  it('lists problems with the rule name, why and how to fix, and follows each to its element', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openDocument(page, 'broken.convergence', await brokenSample());
    await goToProblems(page);

    // The missing legal basis: listed under its rule, with the rule's description and fix hint.
    const legal = getValidationRule('legal-basis-required')!;
    const legalSection = ruleSection(page, 'legal-basis-required');
    await legalSection.waitFor();
    await expect(legalSection.locator('.cs-problems__rule-name').textContent()).resolves.toBe(legal.name);
    await expect(legalSection.getByText(legal.description, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(legalSection.getByText(legal.fixHint, { exact: true }).isVisible()).resolves.toBe(true);
    await legalSection.getByText(/carries personal data .* but has no legal basis/).waitFor();
    // The step linked to a data element nobody defined, found by the deep (BPMN) check.
    const stepProblem = problemButton(page, "person.nickname");
    await stepProblem.waitFor(SETTLE);
    await problemButton(page, 'ghost-interaction').waitFor();
    await problemButton(page, /person\.sex.*no definition/).waitFor();
    await screenshot(page, 'problems-many');

    // Click → the landscape, the interaction selected in its panel and framed on the canvas.
    await problemButton(page, /no legal basis/).click();
    await page.getByRole('heading', { level: 2, name: 'Landscape', exact: true }).waitFor();
    const panel = page.getByRole('complementary', { name: 'Properties' });
    await panel.getByRole('heading', { name: 'Interaction' }).waitFor();
    await expect.poll(() => panel.getByLabel('Name', { exact: true }).inputValue(), SETTLE).toBe('Read household profile and PMT score');
    const canvas = page.locator('.cs-leditor__canvas');
    const ends = [
      page.locator('.react-flow__node', { hasText: 'Child Grant MIS' }).first(),
      page.locator('.react-flow__node', { hasText: 'National Social Registry' }).first(),
    ];
    await expect.poll(async () => (await isInside(ends[0]!, canvas)) && (await isInside(ends[1]!, canvas)), SETTLE).toBe(true);
    await expect(page.locator('.react-flow__edge.selected').count()).resolves.toBe(1);
    await screenshot(page, 'problems-followed-to-landscape');

    // Enter on a problem → the BPMN editor with the step selected and scrolled into view.
    await goToProblems(page);
    const stepPath = (await problemButton(page, 'person.nickname').locator('code.cs-problems__path').textContent()) ?? '';
    const stepElementId = stepPath.split('#')[1] ?? '';
    expect(stepElementId).not.toBe('');
    await problemButton(page, 'person.nickname').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Processes', exact: true }).waitFor();
    const shape = page.locator(`.cs-process__canvas g.djs-element.djs-shape[data-element-id="${stepElementId}"]`);
    await expect.poll(() => shape.evaluate((element) => element.classList.contains('selected')), SETTLE).toBe(true);
    await expect.poll(() => isInside(shape, page.locator('.cs-process__canvas')), SETTLE).toBe(true);
    await screenshot(page, 'problems-followed-to-process');

    // → the data dictionary, the entry selected and its row shown.
    await goToProblems(page);
    await problemButton(page, /person\.sex.*no definition/).click();
    await page.getByRole('heading', { level: 2, name: 'Data dictionary', exact: true }).waitFor();
    const row = page.locator('tr.cs-dictionary__row.is-selected');
    await expect.poll(() => row.textContent(), SETTLE).toContain('person.sex');
    await expect.poll(() => isInside(row, page.getByTestId('dictionary-scroll'), true), SETTLE).toBe(true);
    await expect.poll(() => row.evaluate((element) => element.getBoundingClientRect().bottom <= window.innerHeight), SETTLE).toBe(true);
    await screenshot(page, 'problems-followed-to-dictionary');

    // → the contract, with the operation of the broken schema mapping open and in view.
    await goToProblems(page);
    await problemButton(page, 'ghost.element').click();
    await page.getByRole('heading', { level: 2, name: 'API contracts', exact: true }).waitFor();
    const operation = page.locator('details.cs-contracts__operation[open][data-operation="POST /registry/sync/search"]');
    await operation.waitFor(SETTLE);
    await expect.poll(() => operation.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight), SETTLE).toBe(true);
    await screenshot(page, 'problems-followed-to-contract');

    // → the scenario that names an interaction that does not exist.
    await goToProblems(page);
    await problemButton(page, 'ghost-interaction').click();
    await page.getByRole('heading', { level: 2, name: 'Scenarios', exact: true }).waitFor();
    await page.getByRole('button', { name: /Register a child and verify identity/, pressed: true }).first().waitFor(SETTLE);

    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('changes a rule\'s severity and turns it off from the rule\'s group, both undoable, and filters', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openDocument(page, 'broken.convergence', await brokenSample());
    await goToProblems(page);
    await problemButton(page, 'person.nickname').waitFor(SETTLE);
    const before = await statusCounts(page);
    const legal = getValidationRule('legal-basis-required')!;
    const severity = page.getByLabel(`Severity of the rule ${legal.name} in this project`);

    // Error → warning: the problem moves to the warnings, the status bar follows.
    await severity.selectOption('warning');
    await page.locator('.cs-problems__severity--warning').locator('code.cs-problems__rule-id', { hasText: 'legal-basis-required' }).waitFor();
    await expect.poll(() => statusCounts(page)).toEqual({ errors: before.errors - 1, warnings: before.warnings + 1 });
    await page.getByText('1 rule changed for this project').waitFor();

    // Off: the rule's problems go; the overridden rules list shows it with a way back.
    await page.getByRole('button', { name: `Turn off the rule ${legal.name} for this project` }).click();
    await expect.poll(() => ruleSection(page, 'legal-basis-required').count()).toBe(0);
    await expect.poll(() => statusCounts(page)).toEqual({ errors: before.errors - 1, warnings: before.warnings });
    await page.getByText('1 rule changed for this project').click();
    await page.getByText('Off here, Error by default').waitFor();
    await screenshot(page, 'problems-rule-overrides');

    // Undo: back to warning, then to the default.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.locator('.cs-problems__severity--warning').locator('code.cs-problems__rule-id', { hasText: 'legal-basis-required' }).waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.locator('.cs-problems__severity--error').locator('code.cs-problems__rule-id', { hasText: 'legal-basis-required' }).waitFor();
    await expect.poll(() => statusCounts(page)).toEqual(before);
    await expect(page.getByText(/rules? changed for this project/).count()).resolves.toBe(0);

    // Turn off again and restore from the list.
    await page.getByRole('button', { name: `Turn off the rule ${legal.name} for this project` }).click();
    await page.getByText('1 rule changed for this project').click();
    await page.getByRole('button', { name: `Restore the default severity of the rule ${legal.name}` }).click();
    await ruleSection(page, 'legal-basis-required').waitFor();
    await expect.poll(() => statusCounts(page)).toEqual(before);

    // Filters: text, severities, rule.
    const total = await page.locator('button.cs-problems__item').count();
    await page.getByLabel('Filter problems').fill('nickname');
    await expect.poll(() => page.locator('.cs-problems__item').count()).toBe(1);
    await page.getByText(`Showing 1 of ${total} problems`).waitFor();
    await page.getByLabel('Filter problems').fill('');
    await page.getByRole('group', { name: 'Show severities' }).getByRole('button', { name: /errors?$/ }).click();
    await expect(page.locator('.cs-problems__severity--error').count()).resolves.toBe(0);
    await page.getByRole('group', { name: 'Show severities' }).getByRole('button', { name: /errors?$/ }).click();
    await page.getByLabel('Show rule').selectOption('dictionary-definition-missing');
    await expect.poll(() => page.locator('section.cs-problems__rule').count()).toBe(1);
    await page.getByLabel('Filter problems').fill('no such text anywhere');
    await page.getByText(/None of the \d+ problems matches the filters/).waitFor();
    await screenshot(page, 'problems-no-match');
    await page.getByRole('status').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('button.cs-problems__item').count()).toBe(total);

    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('acts on a problem from its own menu: keyboard and button, severity, turn off, undo, copy, rule help', async () => {
    const app = await openApp(env.browser, env.url);
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    // The rule documentation opens in a new window; answered here, as the machine is offline.
    await context.route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>rule docs</title>' }));
    const broken = await brokenSample();
    // A long message (the interaction's name is in it), and a task with no name: a bpmnlint finding.
    const longName = 'Read the household profile, the proxy means test score and every member of the household from the national social registry';
    broken.interactions.find((interaction) => interaction.id === 'mis-reads-household-profile')!.name = longName;
    expect(broken.processes[0]!.bpmn).toContain('<bpmn:userTask id="Task_resolve_identity" name="Check documents">');
    broken.processes[0]!.bpmn = broken.processes[0]!.bpmn.replace('<bpmn:userTask id="Task_resolve_identity" name="Check documents">', '<bpmn:userTask id="Task_resolve_identity">');
    await openDocument(page, 'menu.convergence', broken);
    await goToProblems(page);
    await problemButton(page, 'person.nickname').waitFor(SETTLE);
    await ruleSection(page, 'bpmnlint/label-required').waitFor(SETTLE);
    const before = await statusCounts(page);
    const menuOf = (ruleId: string) => page.getByRole('menu', { name: `Actions for this problem (${ruleId})` });
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    // Shift+F10 on the focused problem: the menu, focus on its first item, the rule's severity checked.
    const legal = problemButton(page, /no legal basis/);
    await legal.focus();
    await page.keyboard.press('Shift+F10');
    const legalMenu = menuOf('legal-basis-required');
    await legalMenu.waitFor();
    await expect.poll(focusedText).toBe('Reveal element');
    await expect(legalMenu.getByRole('menuitemradio', { name: 'Error (default)' }).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(legalMenu.getByRole('menuitemradio', { name: 'Warning' }).getAttribute('aria-checked')).resolves.toBe('false');
    await legalMenu.getByRole('group', { name: 'Set severity of rule legal-basis-required' }).waitFor();
    await legalMenu.getByRole('menuitem', { name: 'Turn off rule legal-basis-required' }).waitFor();
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedText).toBe('Copy message');
    await screenshot(page, 'problems-menu-long-message');
    // Escape closes it and gives focus back to the problem.
    await page.keyboard.press('Escape');
    await legalMenu.waitFor({ state: 'detached' });
    await expect(legal.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // Again by keyboard: down to "Note", Enter. The problem is a note now, the status bar follows, one undo step.
    await page.keyboard.press('Shift+F10');
    await legalMenu.waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(focusedText).toContain('Note');
    await page.keyboard.press('Enter');
    await legalMenu.waitFor({ state: 'detached' });
    await page.locator('.cs-problems__severity--info').locator('code.cs-problems__rule-id', { hasText: 'legal-basis-required' }).waitFor();
    await expect(page.locator('.cs-problems__severity--error').locator('code.cs-problems__rule-id', { hasText: 'legal-basis-required' }).count()).resolves.toBe(0);
    await expect.poll(() => statusCounts(page)).toEqual({ errors: before.errors - 1, warnings: before.warnings });
    // Focus followed the problem to its new place.
    await expect.poll(focusedText).toContain('no legal basis');
    await page.getByText('1 rule changed for this project').waitFor();

    // The actions button: the same menu, the new severity checked; a click outside closes it.
    const legalActions = page.getByRole('button', { name: 'More actions for this problem (legal-basis-required)' });
    await legalActions.click();
    await expect(legalMenu.getByRole('menuitemradio', { name: 'Note' }).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(legalActions.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('heading', { level: 2, name: 'Problems', exact: true }).click();
    await legalMenu.waitFor({ state: 'detached' });
    await expect(legalActions.getAttribute('aria-expanded')).resolves.toBe('false');

    // Copy message, through the clipboard.
    await legalActions.click();
    await legalMenu.getByRole('menuitem', { name: 'Copy message' }).click();
    await page.getByRole('status').getByText('Message copied').waitFor();
    await screenshot(page, 'problems-menu-copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^interactions\[\d+\].*no legal basis/);

    // Turn off a rule from one of its problems (by the button): all its problems leave the list; Ctrl+Z brings them back.
    const dictionary = ruleSection(page, 'dictionary-definition-missing');
    const dictionaryCount = await dictionary.locator('.cs-problems__row').count();
    expect(dictionaryCount).toBeGreaterThan(0);
    const warningsBeforeOff = (await statusCounts(page)).warnings;
    await dictionary.getByRole('button', { name: 'More actions for this problem (dictionary-definition-missing)' }).first().click();
    await menuOf('dictionary-definition-missing').getByRole('menuitem', { name: 'Turn off rule dictionary-definition-missing' }).click();
    await expect.poll(() => ruleSection(page, 'dictionary-definition-missing').count()).toBe(0);
    await expect.poll(async () => (await statusCounts(page)).warnings).toBe(warningsBeforeOff - dictionaryCount);
    // Focus stays in the list, on the row that took the problem's place.
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.cs-problems__row')))).toBe(true);
    await page.keyboard.press('Control+z');
    await ruleSection(page, 'dictionary-definition-missing').waitFor();
    await expect.poll(() => ruleSection(page, 'dictionary-definition-missing').locator('.cs-problems__row').count()).toBe(dictionaryCount);
    await expect.poll(async () => (await statusCounts(page)).warnings).toBe(warningsBeforeOff);

    // A bpmnlint rule, by right-click: its help opens the bpmnlint documentation; turned off, it is restorable from the list of changed rules.
    const labelRow = ruleSection(page, 'bpmnlint/label-required').locator('.cs-problems__row').first();
    await labelRow.click({ button: 'right' });
    const labelMenu = menuOf('bpmnlint/label-required');
    await labelMenu.getByRole('menuitem', { name: 'Rule help' }).waitFor();
    await screenshot(page, 'problems-menu-right-click');
    const [popup] = await Promise.all([context.waitForEvent('page'), labelMenu.getByRole('menuitem', { name: 'Rule help' }).click()]);
    await expect.poll(() => popup.url()).toBe(getValidationRule('bpmnlint/label-required')!.helpUri);
    await popup.close();
    await labelRow.click({ button: 'right' });
    await labelMenu.getByRole('menuitem', { name: 'Turn off rule bpmnlint/label-required' }).click();
    await expect.poll(() => ruleSection(page, 'bpmnlint/label-required').count(), SETTLE).toBe(0);
    await page.getByText('2 rules changed for this project').click();
    await page.getByRole('button', { name: `Restore the default severity of the rule ${getValidationRule('bpmnlint/label-required')!.name}` }).click();
    await ruleSection(page, 'bpmnlint/label-required').waitFor(SETTLE);

    // The last problem at the window's foot: its menu opens above it, wholly in the window.
    const lastRow = page.locator('.cs-problems__row').last();
    await lastRow.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const lastActions = lastRow.getByRole('button', { name: /^More actions for this problem/ });
    await lastActions.click();
    const lastMenu = page.getByRole('menu');
    await lastMenu.waitFor();
    const [menuBox, buttonBox, viewport] = [await lastMenu.boundingBox(), await lastActions.boundingBox(), page.viewportSize()];
    expect(menuBox && buttonBox && viewport).toBeTruthy();
    expect(menuBox!.y).toBeGreaterThanOrEqual(0);
    expect(menuBox!.y + menuBox!.height).toBeLessThanOrEqual(buttonBox!.y);
    expect(menuBox!.x + menuBox!.width).toBeLessThanOrEqual(viewport!.width);
    await screenshot(page, 'problems-menu-last-row');
    await page.keyboard.press('Escape');
    await lastMenu.waitFor({ state: 'detached' });

    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('stays readable with long names, many problems and none at all', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const document = await sample();
    const long = 'Integrated national household socio-economic registry for targeting and referrals of every programme of the Ministry of Social Development and its partners';
    document.interactions.find((interaction) => interaction.id === 'mis-reads-household-profile')!.name = `${long} <img src=x onerror=alert(1)>`;
    delete document.interactions.find((interaction) => interaction.id === 'mis-reads-household-profile')!.legalBasis;
    // 60 systems with no interaction: one rule with more problems than it shows at once.
    for (let i = 0; i < 60; i++) {
      document.components.push({ id: `orphan-${i}`, name: `Unconnected system ${i + 1}`, type: 'sp_mis', standards: [], position: { x: 2000 + (i % 10) * 260, y: 1200 + Math.floor(i / 10) * 140 } });
    }
    await openDocument(page, 'long.convergence', document);
    await goToProblems(page);
    const orphans = ruleSection(page, 'orphan-component');
    await orphans.waitFor(SETTLE);
    await expect(orphans.locator('button.cs-problems__item').count()).resolves.toBe(50);
    await orphans.getByRole('button', { name: 'Show all 60 problems' }).click();
    await expect(orphans.locator('button.cs-problems__item').count()).resolves.toBe(60);
    const item = problemButton(page, /no legal basis/);
    await item.scrollIntoViewIfNeeded();
    await expect(item.textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    // Nothing overflows the view sideways.
    const overflow = await page.locator('.cs-problems').evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'problems-long-names');
    await app.context.close();

    // A new, empty project has no problem.
    const fresh = await openApp(env.browser, env.url);
    await fresh.page.getByRole('button', { name: 'New project' }).click();
    const dialog = fresh.page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Project name').fill('Empty');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await goToProblems(fresh.page);
    await fresh.page.getByText('No problems found').waitFor();
    await screenshot(fresh.page, 'problems-empty');
    expect([...app.errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
  });

  it('exports the data-protection annex as Markdown, HTML and CSV, for a scenario or the project', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const document = await sample();
    document.components.find((component) => component.id === 'child-grant-mis')!.name = 'Child Grant MIS <img src=x onerror=alert(1)>';
    await openDocument(page, 'annex.convergence', document);
    await goToProblems(page);

    const exportAs = async (format: RegExp, scope: string, from: 'menu' | 'button' = 'button') => {
      if (from === 'menu') {
        await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
        await page.getByRole('menuitem', { name: /^Export/ }).first().hover();
        await page.getByRole('menuitem', { name: 'Export data-protection annex…' }).click();
      } else {
        await page.getByRole('button', { name: 'Export data-protection annex…' }).click();
      }
      const dialog = page.getByRole('dialog', { name: 'Export data-protection annex' });
      await dialog.getByRole('radio', { name: format }).check();
      await dialog.getByLabel('Covers').selectOption({ label: scope });
      if (format.source.includes('Markdown')) await screenshot(page, 'problems-annex-dialog');
      await page.evaluate(() => {
        delete (window as { __CS_LAST_DOWNLOAD__?: unknown }).__CS_LAST_DOWNLOAD__;
      });
      await dialog.getByRole('button', { name: 'Export' }).click();
      await dialog.waitFor({ state: 'detached' });
      return lastDownload(page);
    };

    const markdown = await exportAs(/^Markdown/, 'Scenario: Monthly payroll and reconciliation', 'menu');
    expect(markdown.name).toBe('child-grant-registration-eligibility-and-payment-monthly-payroll-and-reconciliation-data-protection.md');
    expect(markdown.text).toContain('Scope: Scenario: Monthly payroll and reconciliation');
    expect(markdown.text).toContain('## Record of processing');
    expect(markdown.text).toContain('Instruct wallet credits');
    expect(markdown.text).not.toContain('Read household profile');
    expect(markdown.text).toContain('\\<img src=x onerror=alert(1)\\>');

    const html = await exportAs(/^HTML/, 'The whole project');
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    expect(html.text).toContain('Read household profile and PMT score');
    expect(html.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.text).not.toContain('<img');
    // The automated eligibility rule is found in the BPMN of the sample.
    expect(html.text).toContain('Apply eligibility rules');

    const csv = await exportAs(/^CSV/, 'The whole project');
    expect(csv.name).toMatch(/dpia-screening\.csv$/);
    expect(csv.text.split('\r\n')[0]).toBe('Criterion,Question,Answer,Explanation,Guidance,Evidence');

    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
