// API contracts as a user works with them in the web build: import an OpenAPI file, browse its
// operations and schema trees, map a property to a dictionary entry, link an operation to an
// interaction, generate a skeleton, and see a broken file refused with its line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, repoRoot, screenshot, type AppPage, useAppServer, chooseFile } from './harness';

const env = useAppServer();

const conformance = path.resolve(repoRoot, '..', 'shared', 'conformance');

async function openContracts(app: AppPage): Promise<Page> {
  const { page } = app;
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^API contracts/ }).click();
  await page.getByRole('heading', { name: 'API contracts', level: 2 }).waitFor();
  return page;
}

describe('API contracts', () => {
  it('imports a DCI contract, browses it, maps a property and links an interaction', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openContracts(app);
    const text = readFileSync(path.join(conformance, 'spdci-standards', 'release', 'yaml', 'social_api_v1.0.0.yaml'), 'utf8');
    await chooseFile(page, () => page.getByRole('button', { name: 'Import OpenAPI file…' }).click(), 'social_api_v1.0.0.yaml', text);
    const detail = page.getByRole('region', { name: /Interoperability APIs/ });
    await detail.waitFor();
    await detail.getByText(/OpenAPI 3\.0\.3/).waitFor();
    await detail.getByText('https://sandbox.spdci.org/namespace/v1.0.0').waitFor();

    const search = detail.locator('details[data-operation="POST /registry/sync/search"]');
    await search.locator('summary').click();
    await search.getByRole('heading', { name: /Request body/ }).waitFor();
    await search.getByRole('table', { name: /Request body of/ }).waitFor();
    await search.getByRole('row').filter({ hasText: 'header' }).first().waitFor();

    // Map a property: find one by "Map…" and the picker.
    const row = search.locator('tr[data-pointer="/header/sender_id"]').first();
    await row.getByRole('button', { name: /to a data element$/ }).click();
    const picker = page.getByRole('dialog', { name: /Map “sender_id”/ });
    await picker.getByLabel('Find a data element').fill('person');
    await picker.getByRole('button').filter({ hasText: 'person.sex' }).first().click();
    await picker.waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: 'Sex' }).waitFor();

    // Link the operation to an interaction.
    await search.getByLabel('Link an interaction').selectOption({ index: 1 });
    await search.getByRole('button', { name: 'Unlink' }).first().waitFor();
    await screenshot(page, 'contracts-browse');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('lists the process steps that use an operation, links one more from here and unlinks one, each one undo step', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openContracts(app);
    await page.getByRole('navigation', { name: 'Contracts' }).getByRole('button', { name: /Registry Interoperability API/ }).click();
    const detail = page.getByRole('region', { name: /Registry Interoperability API/ });
    const search = detail.locator('details[data-operation="POST /registry/search"]');
    await search.locator('summary').click();
    const steps = search.getByRole('region', { name: 'Process steps using this operation' });
    await steps.getByRole('button', { name: 'Step “Request birth record” in process Intake and registration' }).waitFor();

    // Link: pick the process, then the step.
    const picker = steps.getByRole('group', { name: 'Link a process step' });
    await picker.getByLabel('Process').selectOption({ label: 'Intake and registration' });
    await picker.getByLabel('Step').selectOption({ label: 'Register child and caregiver (ServiceTask)' });
    await picker.getByRole('button', { name: 'Link step' }).click();
    const registered = steps.getByRole('button', { name: 'Step “Register child and caregiver” in process Intake and registration' });
    await registered.waitFor();
    await screenshot(page, 'contracts-step-links');

    // Unlink the step that was there before.
    await steps.getByRole('button', { name: 'Unlink step Request birth record' }).click();
    await expect.poll(() => steps.getByRole('button', { name: /Request birth record/ }).count(), { timeout: 10000 }).toBe(0);
    const undo = page.getByRole('toolbar', { name: 'Document actions' }).getByRole('button', { name: 'Undo' });
    await undo.click();
    await steps.getByRole('button', { name: /Step “Request birth record”/ }).waitFor();
    await undo.click();
    await expect.poll(() => registered.count(), { timeout: 10000 }).toBe(0);

    await page.getByRole('toolbar', { name: 'Document actions' }).getByRole('button', { name: 'Redo' }).click();
    await registered.waitFor();

    // The process panel shows the new link, and the linked interaction's operation, as method and path.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Processes/ }).click();
    await page.getByRole('button', { name: /^Intake and registration/ }).first().click();
    await page.locator('g.djs-element.djs-shape[data-element-id="Task_register_child"]').click();
    const panel = page.locator('.cs-process__panel');
    await panel.getByRole('heading', { name: 'Register child and caregiver' }).waitFor();
    await panel.locator('code', { hasText: 'Maravia Registry Interoperability API: POST /registry/search' }).waitFor();
    await page.locator('g.djs-element.djs-shape[data-element-id="Task_request_birth_record"]').click();
    await panel.getByRole('heading', { name: 'Request birth record' }).waitFor();
    await panel.locator('.cs-process__operation', { hasText: 'POST /registry/search' }).first().waitFor();
    await screenshot(page, 'process-step-operation');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('imports a folder whose files refer to each other, resolving relative $refs in memory', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openContracts(app);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import from folder…' }).click();
    await (await chooser).setFiles(path.join(conformance, 'spdci-standards', 'src'));
    const dialog = page.getByRole('dialog', { name: /Import contracts from src/ });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'registry/social_api_v1.0.0.yaml' }).check();
    await dialog.getByRole('checkbox', { name: 'locations/locations_core_api_v1.0.0.yaml' }).check();
    await screenshot(page, 'contracts-folder');
    await dialog.getByRole('button', { name: 'Import 2 contracts' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The first chosen document (in folder order) opens; the other is one click away.
    await page.getByText(/imported from locations\/locations_core_api_v1\.0\.0\.yaml/).waitFor();
    await page.getByRole('navigation', { name: 'Contracts' }).getByRole('button', { name: /Social/ }).click();
    const detail = page.getByRole('region', { name: /Social/ });
    await detail.getByText(/imported from registry\/social_api_v1\.0\.0\.yaml/).waitFor();
    await detail.getByText(/OpenAPI 3\.0\.3/).waitFor();
    // Every relative reference resolved: the contract reports no problem.
    expect(await detail.getByText(/problems? in this contract/).count()).toBe(0);
    await expect(page.getByRole('navigation', { name: 'Contracts' }).getByRole('button').count()).resolves.toBe(4);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows a broken upstream file refused with its file and line', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openContracts(app);
    const text = readFileSync(path.join(conformance, 'govstack-bb-payments', 'spec', '.gitbook', 'assets', 'accountmapper.yaml'), 'utf8');
    await chooseFile(page, () => page.getByRole('button', { name: 'Import OpenAPI file…' }).click(), 'accountmapper.yaml', text);
    const alert = page.getByRole('alertdialog').or(page.getByRole('dialog', { name: /could not be imported/ }));
    await alert.first().waitFor();
    expect(await alert.first().textContent()).toMatch(/accountmapper\.yaml, line 43/);
    await screenshot(page, 'contracts-broken');
    await app.context.close();
  });

  it('generates an OpenAPI 3.1 skeleton for an interaction and links it', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openContracts(app);
    await page.getByRole('button', { name: 'Generate from interaction…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate an OpenAPI 3.1 skeleton' });
    await dialog.waitFor();
    const none = await dialog.getByText('Every interaction already has an API operation.').count();
    if (none === 0) {
      await dialog.getByRole('button', { name: 'Generate contract' }).click();
      const detail = page.getByRole('region', { name: / API$/ });
      await detail.getByText(/OpenAPI 3\.1\.0/).waitFor();
      await detail.getByText(/1 interaction/).first().waitFor();
    }
    await screenshot(page, 'contracts-skeleton');
    await app.context.close();
  });
});
