// The foundation workflow as a user does it in the web build: start page, sample project, every
// view, an edit with undo/redo, save, reopen, and a bad file that changes nothing.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, repoRoot, screenshot, useAppServer, lastDownload, chooseFile, openSample } from './harness';

const env = useAppServer();

const VIEWS = [
  { nav: /^Landscape/, heading: 'Landscape', shot: 'view-landscape' },
  { nav: /^Processes/, heading: 'Processes', shot: 'view-processes' },
  { nav: /^Data dictionary/, heading: 'Data dictionary', shot: 'view-dictionary' },
  { nav: /^API contracts/, heading: 'API contracts', shot: 'view-contracts' },
  { nav: /^Scenarios/, heading: 'Scenarios', shot: 'view-scenarios' },
  { nav: /^Problems/, heading: 'Problems', shot: 'view-problems' },
] as const;

const SAMPLE_NAME = 'Child Grant: registration, eligibility and payment';

async function goToView(page: Page, nav: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: nav }).click();
}

async function renameProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /project properties$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Project properties' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

function headerButton(page: Page) {
  return page.getByRole('button', { name: /project properties$/ });
}

describe('start page', () => {
  it('offers new, open, the sample and an empty list of recent files', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await expect(page.getByRole('button', { name: 'New project' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Open…' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Open the sample project' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('menubar', { name: 'Application menu' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'start-page');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('the sample project', () => {
  it('shows real content in every view', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    await expect(headerButton(page).textContent()).resolves.toContain(SAMPLE_NAME);
    expect(await page.title()).toContain('Convergence Studio');

    for (const view of VIEWS) {
      await goToView(page, view.nav);
      const heading = page.getByRole('heading', { level: 2, name: view.heading, exact: true });
      await heading.waitFor();
      const current = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view.nav });
      await expect(current.getAttribute('aria-current')).resolves.toBe('page');
      await screenshot(page, view.shot);
    }

    // Each view shows entities of the sample, not an empty state.
    await goToView(page, /^Landscape/);
    await page.getByText('Social Registry', { exact: false }).filter({ visible: true }).first().waitFor();
    await goToView(page, /^Data dictionary/);
    await page.getByText('person.given_name').filter({ visible: true }).first().waitFor();
    await goToView(page, /^API contracts/);
    await page.getByText('/registry/sync/search').filter({ visible: true }).first().waitFor();
    await goToView(page, /^Processes/);
    await page.locator('.djs-container svg').first().waitFor();
    await page.locator('.djs-element.djs-shape').nth(5).waitFor();
    await goToView(page, /^Problems/);
    await page.getByText(/No problems found/i).first().waitFor();

    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('edits, undoes, redoes, saves and reopens to the same document', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    await expect(page.getByText('All changes saved').isVisible()).resolves.toBe(true);

    const edited = 'Child Grant – Northern Province pilot';
    await renameProject(page, edited);
    await expect(headerButton(page).textContent()).resolves.toContain(edited);
    await expect(page.getByText('Unsaved changes').isVisible()).resolves.toBe(true);
    expect(await page.title()).toMatch(/^●/);

    // Undo with the keyboard, redo with the toolbar button.
    await page.locator('body').click({ position: { x: 5, y: 500 } });
    await page.keyboard.press('Control+z');
    await expect(headerButton(page).textContent()).resolves.toContain(SAMPLE_NAME);
    const toolbar = page.getByRole('toolbar', { name: 'Document actions' });
    await toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect(headerButton(page).textContent()).resolves.toContain(edited);

    // The sample has no file yet: Save asks for a name.
    await toolbar.getByRole('button', { name: 'Save' }).click();
    const saveAs = page.getByRole('dialog', { name: 'Save as' });
    await saveAs.getByLabel('File name').fill('pilot.convergence');
    await saveAs.getByRole('button', { name: 'Save' }).click();
    const saved = await lastDownload(page);
    expect(saved.name).toBe('pilot.convergence');
    expect(JSON.parse(saved.text).project.name).toBe(edited);
    await page.getByText('All changes saved').waitFor();
    expect(await page.title()).not.toMatch(/^●/);
    await app.context.close();

    // A fresh browser profile opens the saved file and saves it again byte for byte.
    const second = await openApp(env.browser, env.url);
    await chooseFile(second, () => second.page.getByRole('button', { name: 'Open…' }).click(), 'pilot.convergence', saved.text);
    await second.page.getByRole('navigation', { name: 'Views' }).waitFor();
    await expect(headerButton(second.page).textContent()).resolves.toContain(edited);
    await expect(second.page.getByText('All changes saved').isVisible()).resolves.toBe(true);
    await second.page.evaluate(() => {
      window.__CS_LAST_DOWNLOAD__ = undefined;
    });
    await second.page.keyboard.press('Control+s');
    const resaved = await lastDownload(second.page);
    expect(resaved.text).toBe(saved.text);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('remembers the saved file under Recent files', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    await page.getByRole('toolbar', { name: 'Document actions' }).getByRole('button', { name: 'Save' }).click();
    const saveAs = page.getByRole('dialog', { name: 'Save as' });
    await saveAs.getByLabel('File name').fill('recent-test.convergence');
    await saveAs.getByRole('button', { name: 'Save' }).click();
    await lastDownload(page);
    await page.keyboard.press('Alt+Shift+W');
    await page.getByRole('button', { name: 'Open recent-test.convergence' }).click();
    await expect(headerButton(page).textContent()).resolves.toContain(SAMPLE_NAME);
    await app.context.close();
  });
});

/** Controls a screen reader would announce without a name: none may exist. */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], input, select, textarea, [role="button"], [role="menuitem"], [role="tab"], [tabindex]:not([tabindex="-1"])';
    const unnamed: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (element.closest('[aria-hidden="true"]') || element.offsetParent === null) continue;
      const labelledBy = element.getAttribute('aria-labelledby');
      const labelled = labelledBy?.split(/\s+/).some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
      const field = element as HTMLInputElement;
      const hasLabel = 'labels' in field && field.labels !== null && field.labels.length > 0;
      const name = (element.getAttribute('aria-label') ?? '').trim() || (element.textContent ?? '').trim() || element.getAttribute('title');
      if (!name && !labelled && !hasLabel) unnamed.push(element.outerHTML.slice(0, 120));
    }
    return unnamed;
  });
}

describe('keyboard and accessibility', () => {
  it('opens the sample and moves between views with the keyboard alone, focus always visible', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const sampleButton = page.getByRole('button', { name: 'Open the sample project' });
    for (let i = 0; i < 30 && !(await sampleButton.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    const outline = await sampleButton.evaluate((el) => {
      const style = getComputedStyle(el);
      return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
    });
    expect(outline.outline !== 'none' || outline.shadow !== 'none', JSON.stringify(outline)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Views' }).waitFor();

    const keys: Array<[string, string]> = [
      ['Alt+Shift+3', 'Data dictionary'],
      ['Alt+Shift+2', 'Processes'],
      ['Alt+Shift+6', 'Problems'],
      ['Alt+Shift+1', 'Landscape'],
    ];
    for (const [key, heading] of keys) {
      await page.keyboard.press(key);
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    await app.context.close();
  });

  it('gives every visible control an accessible name, in every view', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    expect(await unnamedControls(page)).toEqual([]);
    await openSample(page);
    for (const view of VIEWS) {
      await goToView(page, view.nav);
      await page.getByRole('heading', { level: 2, name: view.heading, exact: true }).waitFor();
      expect(await unnamedControls(page), view.heading).toEqual([]);
    }
    // The audit itself notices a nameless control.
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
    expect(await unnamedControls(page)).toHaveLength(1);
    await app.context.close();
  });
});

describe('unsaved changes', () => {
  it('asks before closing a changed project, and Cancel keeps it open', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    await renameProject(page, 'Changed');
    await page.keyboard.press('Alt+Shift+W');
    const ask = page.getByRole('alertdialog', { name: /^Save changes to/ });
    await ask.waitFor();
    await screenshot(page, 'dialog-save-changes');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(headerButton(page).textContent()).resolves.toContain('Changed');

    await page.keyboard.press('Alt+Shift+W');
    await page.getByRole('alertdialog', { name: /^Save changes to/ }).getByRole('button', { name: "Don't save" }).click();
    await page.getByRole('button', { name: 'Open the sample project' }).waitFor();
    await app.context.close();
  });
});

describe('crash recovery', () => {
  it('offers unsaved work back after the page died, and restores it unsaved', async () => {
    const app = await openApp(env.browser, env.url);
    await app.page.clock.install();
    await app.page.reload();
    await openSample(app.page);
    await renameProject(app.page, 'Recovered pilot');
    // Autosave runs every 30 s while the document is dirty.
    await app.page.clock.runFor(31_000);
    await app.page.waitForTimeout(300);

    // A second tab of the same profile after the first one is gone: as after a crash.
    const second = await app.context.newPage();
    await app.page.close({ runBeforeUnload: false });
    await second.goto(env.url);
    await second.getByRole('heading', { name: 'Recovered work' }).waitFor();
    await screenshot(second, 'start-page-recovery');
    await second.getByRole('button', { name: 'Restore unsaved work of Recovered pilot' }).click();
    await second.getByRole('navigation', { name: 'Views' }).waitFor();
    await expect(headerButton(second).textContent()).resolves.toContain('Recovered pilot');
    await expect(second.getByText('Unsaved changes').isVisible()).resolves.toBe(true);
    await app.context.close();
  });
});

describe('bad input', () => {
  it('a broken file gives a readable error and changes nothing', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    await renameProject(page, 'Work in progress');
    await goToView(page, /^Data dictionary/);

    const sample = JSON.parse(
      await readFile(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'),
    ) as { components: { type: unknown }[] };
    sample.components[3]!.type = 42;
    const broken = JSON.stringify(sample, null, 2);

    const menubar = page.getByRole('menubar', { name: 'Application menu' });
    await chooseFile(
      app,
      async () => {
        await menubar.getByRole('menuitem', { name: 'File' }).click();
        await page.getByRole('menuitem', { name: 'Open…' }).click();
      },
      'broken.convergence',
      broken,
    );
    // The open is refused before the dirty project is touched, or after the user chose what to do
    // with it; either way the error names the JSON path.
    const ask = page.getByRole('alertdialog', { name: /^Save changes to/ });
    const error = page.getByRole('alertdialog', { name: 'Could not open broken.convergence' });
    await ask.or(error).first().waitFor();
    if (await ask.isVisible()) {
      throw new Error('The dirty-project prompt should come before the file chooser, not after it.');
    }
    await expect(error.textContent()).resolves.toContain('components[3].type');
    await screenshot(page, 'dialog-open-error');
    await error.getByRole('button', { name: 'Close', exact: true }).click();

    await expect(headerButton(page).textContent()).resolves.toContain('Work in progress');
    await expect(page.getByText('Unsaved changes').isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Data dictionary', exact: true }).waitFor();
    await app.context.close();
  });

  it('a step that links a data element nobody defined is listed in Problems and counted', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const sample = JSON.parse(
      await readFile(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'),
    ) as { processes: { bpmn: string }[] };
    const process = sample.processes[0]!;
    expect(process.bpmn).toContain('elementId="person.given_name"');
    process.bpmn = process.bpmn.replace('elementId="person.given_name"', 'elementId="person.nickname"');
    await chooseFile(app, () => page.getByRole('button', { name: 'Open…' }).click(), 'dangling.convergence', JSON.stringify(sample));
    await goToView(page, /^Problems/);
    await page.getByText(/links unknown data element 'person\.nickname'/).first().waitFor();
    await page.getByText('1 error', { exact: true }).first().waitFor();
    await screenshot(page, 'view-problems-broken-link');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('a file that is not JSON names the line and column', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await chooseFile(app, () => page.getByRole('button', { name: 'Open…' }).click(), 'notes.convergence', '{\n  "schemaVersion": 1,\n  oops\n}\n');
    const error = page.getByRole('alertdialog', { name: 'Could not open notes.convergence' });
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/line 3, column 3/);
    await error.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Open the sample project' }).waitFor();
    await app.context.close();
  });
});

describe('a new project', () => {
  it('starts empty and every view says what to do', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Project name').fill('Pension reform — a very long project name that must not break the header layout');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    for (const view of VIEWS) {
      await goToView(page, view.nav);
      await page.getByRole('heading', { level: 2, name: view.heading, exact: true }).waitFor();
      await screenshot(page, `empty-${view.shot}`);
    }
    await goToView(page, /^Landscape/);
    await page.getByText(/no components yet/i).first().waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
