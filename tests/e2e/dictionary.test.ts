// The data dictionary as a user works with it in the web build: browse and filter, edit inline
// and in the detail panel, see where an entry is used, add from the catalogue, import a CSV with
// the mapping and preview, export.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../models/dictionary/xlsx';
import { openApp, repoRoot, screenshot, type AppPage, useAppServer, chooseFile } from './harness';

const env = useAppServer();

async function openDictionary(app: AppPage): Promise<Page> {
  const { page } = app;
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Data dictionary/ }).click();
  await page.getByRole('heading', { name: 'Data dictionary', level: 2 }).waitFor();
  return page;
}

describe('data dictionary editor', () => {
  it('filters, edits inline and in the detail panel, shows where an entry is used, with undo', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openDictionary(app);
    const status = page.getByRole('status').filter({ hasText: /^Showing/ });
    await expect(status.textContent()).resolves.toMatch(/Showing 48 of 48/);

    await page.getByRole('search').getByLabel('Sensitivity').selectOption('sensitive');
    const filtered = (await status.textContent()) ?? '';
    expect(filtered).not.toMatch(/Showing 48 of 48/);
    await page.getByRole('search').getByLabel('Sensitivity').selectOption('');
    await page.getByRole('search').getByLabel('Filter').fill('sex');
    await page.getByRole('button', { name: /^Sex/ }).first().click();
    const detail = page.getByRole('region', { name: /^Sex/ });
    await detail.waitFor();
    await detail.getByRole('heading', { name: 'Where used' }).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Looking through the processes'));
    const usedText = (await detail.textContent()) ?? '';
    expect(usedText).toMatch(/Sent in the request of|Returned in the response of|Step “/);

    await detail.getByLabel('Definition').fill('Sex as recorded by the civil registry.');
    await detail.getByLabel('Example').click();
    await screenshot(page, 'dictionary-detail');

    await page.getByLabel(/^Type of Sex/).first().selectOption('string');
    await expect(page.getByLabel(/^Type of Sex/).first().inputValue()).resolves.toBe('string');
    // Undo from the keyboard once focus has left the form control (which keeps its own undo).
    await page.getByRole('heading', { name: 'Data dictionary', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel(/^Type of Sex/).first().inputValue()).resolves.toBe('code');

    // Deleting a used entry asks first and names its users.
    await detail.getByRole('button', { name: 'Delete…' }).click();
    const ask = page.getByRole('alertdialog', { name: /Delete “Sex/ });
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/places? refers? to this element/);
    await ask.getByRole('button', { name: 'Keep it' }).click();
    await app.context.close();
  });

  it('stays fast and virtualised with a large dictionary after adding the catalogue', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openDictionary(app);
    await page.getByRole('button', { name: 'Add from catalogue…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add from the catalogue' });
    await dialog.getByRole('button', { name: 'Select none' }).click();
    await dialog.getByRole('checkbox', { name: /^Marital status/ }).first().check();
    // The element brings the code list it uses; nothing else was chosen.
    await dialog.getByRole('button', { name: 'Add 1 item' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/49 data elements · 13 code lists/).waitFor();
    const rows = await page.locator('tbody tr.cs-dictionary__row').count();
    expect(rows).toBeLessThanOrEqual(60);
    await page.getByLabel('Group by category').check();
    await page.locator('tr.cs-dictionary__group').first().waitFor();
    await screenshot(page, 'dictionary-grouped');
    await app.context.close();
  });

  it('imports a CSV through the column mapping and preview, and refuses registry records', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openDictionary(app);
    const csv = 'Element id,Field name,Data type,Description,Privacy\r\nhousehold.shoe_count,Shoes in household,int,Number of shoes,none\r\nperson.sex,Sex,code,Sex at birth,personal\r\n,,string,No name,\r\nx.shoe,Shoe size,blob,x,\r\n';
    await chooseFile(page, () => page.getByRole('button', { name: 'Import CSV…' }).click(), 'dictionary.csv', csv);
    const dialog = page.getByRole('dialog', { name: /Import data dictionary from dictionary.csv/ });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('1');
    await dialog.getByText('1 to add, 1 to update, 2 rejected').waitFor();
    await dialog.getByText('Unknown type “blob”.').waitFor();
    await screenshot(page, 'dictionary-import-preview');
    await dialog.getByRole('button', { name: 'Import 2 entries' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ }).textContent()).resolves.toMatch(/of 49/);

    const registry = readFileSync(path.resolve(repoRoot, '..', 'shared', 'conformance', 'openg2p-data', 'sample-data', 'sample_data.csv'), 'utf8');
    await chooseFile(page, () => page.getByRole('button', { name: 'Import CSV…' }).click(), 'sample_data.csv', registry);
    const refusal = page.getByRole('dialog', { name: /sample_data.csv/ });
    await refusal.getByRole('alert').waitFor();
    expect(await refusal.getByRole('alert').textContent()).toMatch(/cannot be imported as a data dictionary/);
    await expect(refusal.getByRole('button', { name: /^Import/ }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'dictionary-import-refused');
    await refusal.getByRole('button', { name: 'Cancel' }).click();
    await app.context.close();
  });

  it('imports code lists from CSV with merge or replace, naming the file, row and column of rejected rows', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openDictionary(app);
    await page.getByRole('tab', { name: 'Code lists' }).click();
    const csv = [
      'code list id,code list name,code,label,definition',
      'sex,Sex,female,Female (self-declared),',
      'sex,Sex,intersex,Intersex,',
      'tenure,Household tenure,owned,Owned,The household owns the dwelling',
      ',,rented,Rented,',
      'tenure,Household tenure,owned,Owned twice,',
      'tenure,Household tenure,,No code,',
    ].join('\r\n');
    await chooseFile(page, () => page.getByRole('button', { name: 'Import code lists from CSV…' }).click(), 'codes.csv', csv);
    const dialog = page.getByRole('dialog', { name: 'Import code lists from codes.csv' });
    await dialog.waitFor();
    // The mapping is guessed from the headers.
    await expect(dialog.getByLabel('Code', { exact: true }).inputValue()).resolves.toBe('2');
    await expect(dialog.getByLabel('Code list id').inputValue()).resolves.toBe('0');
    await dialog.getByText('2 code lists: 3 codes to add, 1 to update, 2 rows rejected').waitFor();
    const rejected = dialog.getByRole('region', { name: 'Rejected rows' });
    await rejected.getByText('codes.csv, row 6, column “code”: code owned already appears in this list on row 4.').waitFor();
    await rejected.getByText('codes.csv, row 7, column “code”: the code is empty.').waitFor();
    // Replace would drop the sample's other sex codes: the preview says so before anything changes.
    await dialog.getByRole('radio', { name: /Replace:/ }).check();
    await dialog.getByText('2 code lists: 3 codes to add, 1 to update, 3 to remove, 2 rows rejected').waitFor();
    await dialog.getByRole('row', { name: /Sex sex/ }).getByText('1 new, 1 relabelled, 0 unchanged, 3 removed').waitFor();
    await screenshot(page, 'dictionary-codelist-import-preview');
    await dialog.getByRole('radio', { name: /Merge:/ }).check();
    await dialog.getByRole('button', { name: 'Import 2 code lists' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const lists = page.getByRole('navigation', { name: 'Code lists' });
    await lists.getByRole('button', { name: /Household tenure.*2 values/ }).waitFor();
    await lists.getByRole('button', { name: /^Sex.*5 values/ }).click();
    await expect(page.getByRole('region', { name: 'Sex' }).getByLabel('Label of value 2').inputValue()).resolves.toBe('Female (self-declared)');
    // One undo step takes the whole import back.
    await page.getByRole('heading', { name: 'Data dictionary', level: 2 }).click();
    await page.keyboard.press('Control+z');
    await lists.getByRole('button', { name: /^Sex.*4 values/ }).waitFor();
    await expect(lists.getByRole('button', { name: /Household tenure/ }).count()).resolves.toBe(0);

    // XLSX: a one-list sheet without a list column goes into the list named after the file.
    const bytes = await writeXlsx([{ name: 'Tenure', rows: [['Code', 'Label'], ['owned', 'Owned'], ['rented', 'Rented']] }]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import code lists from XLSX…' }).click();
    await (await chooser).setFiles({ name: 'Tenure.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
    const xlsxDialog = page.getByRole('dialog', { name: 'Import code lists from Tenure.xlsx' });
    await expect(xlsxDialog.getByLabel('Code list for all rows').inputValue()).resolves.toBe('Tenure');
    await xlsxDialog.getByText('1 code list: 2 codes to add, 0 to update, 0 rows rejected').waitFor();
    await xlsxDialog.getByRole('button', { name: 'Import 1 code list' }).click();
    await lists.getByRole('button', { name: /Tenure.*2 values/ }).waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('exports the dictionary as CSV with formula triggers neutralised', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openDictionary(app);
    await page.getByRole('search').getByLabel('Filter').fill('sex');
    await page.getByRole('button', { name: /^Sex/ }).first().click();
    const detail = page.getByRole('region', { name: /^Sex/ });
    await detail.getByLabel('Example').fill('=HYPERLINK("http://x")');
    await detail.getByLabel('Owner').click();
    const downloads: Array<{ name: string; text: string }> = [];
    page.on('download', (download) => {
      void download.path().then((file) => downloads.push({ name: download.suggestedFilename(), text: readFileSync(file!, 'utf8') }));
    });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => downloads.length).toBe(2);
    const elements = downloads.find((d) => d.name.includes('data-elements'))!;
    expect(elements.text).toContain(`'=HYPERLINK(""http://x"")`);
    expect(elements.text.split('\r\n')[0]).toBe('id,name,definition,type,format,code list,example,sensitivity,category,standards,owner');
    expect(downloads.find((d) => d.name.includes('code-lists'))!.text).toMatch(/^code list id,code list name,code,label,definition\r\n/);
    await app.context.close();
  });

  it('edits a code list and attaches it to an entry', async () => {
    const app = await openApp(env.browser, env.url);
    const page = await openDictionary(app);
    await page.getByRole('tab', { name: 'Code lists' }).click();
    await page.getByRole('button', { name: 'Add code list' }).click();
    const panel = page.getByRole('region', { name: 'New code list' });
    await panel.getByLabel('Name', { exact: true }).fill('Household tenure');
    // Leaving the name field commits it: the panel is now named after the list.
    await panel.getByRole('button', { name: 'Add value' }).click();
    const renamed = page.getByRole('region', { name: 'Household tenure' });
    await renamed.getByLabel('Code of value 1').fill('owned');
    await renamed.getByLabel('Label of value 1').fill('Owned');
    await renamed.getByLabel('Definition of value 1').click();
    await expect(page.getByRole('navigation', { name: 'Code lists' }).getByRole('button', { name: /Household tenure.*1 value/ }).count()).resolves.toBe(1);
    await screenshot(page, 'dictionary-code-list');
    await page.getByRole('tab', { name: 'Data elements' }).click();
    await page.getByRole('button', { name: 'Add data element' }).click();
    const detail = page.getByRole('region', { name: 'New data element' });
    await detail.getByLabel('Name', { exact: true }).fill('Tenure');
    await detail.getByLabel('Definition').click();
    await page.getByRole('region', { name: 'Tenure' }).getByLabel('Code list').selectOption({ label: 'Household tenure' });
    await page.getByRole('region', { name: 'Tenure' }).waitFor();
    await page.getByRole('tab', { name: 'Code lists' }).click();
    await page.getByRole('navigation', { name: 'Code lists' }).getByRole('button', { name: /Household tenure/ }).click();
    // "Used by" lists the entry that now uses the list.
    await page.getByRole('region', { name: 'Household tenure' }).getByRole('button', { name: 'Tenure', exact: true }).waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
