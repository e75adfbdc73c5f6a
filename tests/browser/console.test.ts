import fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';

/**
 * The local cloud's console (/console) in Chromium at desktop width, over the demo seed.
 * It needs no h5 build: the console is bundled by the local cloud itself.
 */
let cloud: TestCloud;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'demo' });
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
}, 90_000);
afterAll(async () => {
  await closeBrowser?.();
  await cloud?.stop();
});
afterEach(() => expect(pageErrors).toEqual([]));

const rows = () => page.locator('table[aria-label=documents] tbody tr');

describe('the console in Chromium', () => {
  it('filters a collection with the SDK query syntax and shows what the SDK finds', async () => {
    await page.goto(`${cloud.url}/console`);
    await page.locator('button[data-collection=deals]').click();
    await page.locator('[aria-label="page range"]', { hasText: '1–8 of 8' }).waitFor();

    await page.getByLabel('filter', { exact: true }).fill('{"status": "active", "groupSize": {"$gte": 3}}');
    await page.getByLabel('sort', { exact: true }).fill('{"groupSize": -1}');
    await page.getByRole('button', { name: 'Apply' }).click();
    const _ = cloud.db.command;
    const viaSdk = (await cloud.db.collection('deals').where({ status: 'active', groupSize: _.gte(3) }).orderBy('groupSize', 'desc').get()).data;
    await page.locator('[aria-label="page range"]', { hasText: `of ${viaSdk.length}` }).waitFor();
    await expect(rows().locator('td:first-child').allInnerTexts()).resolves.toEqual(viaSdk.map((d: any) => d._id));

    await page.getByLabel('filter', { exact: true }).fill('{"groupSize": {"$gtee": 3}}');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('DATABASE_INVALID_OPERRATOR');
    await expect(rows().count()).resolves.toBe(0); // not the last page, as if it matched
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  }, 60_000);

  it('edits a document as JSON, and the SDK reads the change with its dates still dates', async () => {
    const deal = (await cloud.db.collection('deals').limit(1).get()).data[0] as any;
    await page.goto(`${cloud.url}/console#data/deals`);
    await rows().filter({ hasText: deal._id }).click();
    const editor = page.getByLabel('document JSON');
    const shown = JSON.parse(await editor.inputValue());
    expect(shown.createdAt).toEqual({ $date: deal.createdAt.toISOString() });

    await editor.fill('{ "title": ');
    await expect(page.getByLabel('JSON problem').innerText()).resolves.toMatch(/Not valid JSON/);
    await expect(page.getByRole('button', { name: 'Save' }).isDisabled()).resolves.toBe(true);

    await editor.fill(JSON.stringify({ ...shown, title: '控制台改过的标题', groupSize: 6 }, null, 2));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.pill', { hasText: 'saved' }).waitFor();
    const after = (await cloud.db.collection('deals').doc(deal._id).get()).data[0] as any;
    expect(after.title).toBe('控制台改过的标题');
    expect(after.groupSize).toBe(6);
    expect(after.createdAt).toEqual(deal.createdAt);
    await rows().filter({ hasText: '控制台改过的标题' }).waitFor();
  }, 60_000);

  it('adds a document and deletes it after a confirmation', async () => {
    await page.goto(`${cloud.url}/console#data/categories`);
    const before = (await cloud.db.collection('categories').count()).total;
    await page.getByRole('button', { name: 'Add document' }).click();
    await page.getByLabel('document JSON').fill('{"_id": "console-cat", "name": "控制台", "createdAt": {"$date": "2026-01-02T03:04:05.000Z"}}');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.pill', { hasText: 'saved' }).waitFor();
    expect((await cloud.db.collection('categories').doc('console-cat').get()).data[0].createdAt).toEqual(new Date('2026-01-02T03:04:05.000Z'));

    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this document?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await cloud.db.collection('categories').doc('console-cat').get()).data).toHaveLength(1);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByLabel('document editor').waitFor({ state: 'detached' });
    expect((await cloud.db.collection('categories').doc('console-cat').get()).data).toHaveLength(0);
    expect((await cloud.db.collection('categories').count()).total).toBe(before);
  }, 60_000);

  it('shows a function call in the request log', async () => {
    await page.goto(`${cloud.url}/console#requests`);
    await page.locator('table[aria-label=requests] tbody tr').first().waitFor();
    expect((await cloud.call('groupbuy', { action: 'getDeal', dealId: 'no-such-deal' }, 'demo-qing')).ok).toBe(false);
    const row = page.locator('table[aria-label=requests] tbody tr', { hasText: 'getDeal' }).filter({ hasText: 'demo-qing' });
    await row.first().waitFor();
    await expect(row.first().innerText()).resolves.toMatch(/groupbuy\s+getDeal\s+demo-qing\s+wx_client\s+\d+\s+\d+\s+NOT_FOUND/);
    await page.getByLabel('filter requests').fill('getDeal demo-qing');
    await expect(page.locator('table[aria-label=requests] tbody tr').count()).resolves.toBe(1);
  }, 60_000);

  it('runs a timer and shows its last run', async () => {
    await page.goto(`${cloud.url}/console#timers`);
    const timer = page.locator('tr[data-timer=expireGroups]');
    await expect(timer.locator('.last-run').innerText()).resolves.toBe('never');
    await timer.getByRole('button', { name: 'Run now' }).click();
    await timer.locator('.result .pill.ok').waitFor();
    await expect(timer.locator('.last-run').innerText()).resolves.toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    const run = (await cloud.db.collection('jobRuns').doc('expireGroups').get()).data[0] as any;
    expect(run.lastOk).toBe(true);
  }, 60_000);

  it('moves the clock forward a day', async () => {
    const before = new Date(((await (await fetch(`${cloud.url}/dev/clock`)).json()) as any).data.now).getTime();
    await page.goto(`${cloud.url}/console#clock`);
    await expect(page.getByLabel('clock offset').innerText()).resolves.toBe('the real time (not moved)');
    await page.getByRole('button', { name: '+1 day' }).click();
    await page.getByLabel('clock offset', { exact: true }).filter({ hasText: 'ahead of the real time by 1 d' }).waitFor();
    const after = new Date(((await (await fetch(`${cloud.url}/dev/clock`)).json()) as any).data.now).getTime();
    expect(after - before).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(after - before).toBeLessThan(24 * 3_600_000 + 60_000);
    await expect(page.getByLabel('local time').innerText()).resolves.toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
  }, 60_000);

  it('shows an API error instead of a blank page', async () => {
    await page.goto(`${cloud.url}/console#data/no-such-collection`);
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('DATABASE_COLLECTION_NOT_EXIST');
    for (const section of ['Outboxes & sandboxes', 'Storage', 'Users']) {
      await page.locator('nav').getByRole('button', { name: section }).click();
      await page.locator('main h1').waitFor();
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
    }
    await page.locator('table[aria-label=users] tbody tr', { hasText: 'demo-admin' }).waitFor();
    const link = page.locator('table[aria-label=users] tbody tr', { hasText: 'demo-admin' }).getByRole('link', { name: 'Open as ↗' });
    await expect(link.getAttribute('href')).resolves.toBe('/?as=demo-admin#/pages/index/index');
  }, 60_000);
  it('exports a snapshot and imports it back from the Data view (after a confirmation); a bad file is an error shown', async () => {
    await page.goto(`${cloud.url}/console#data/deals`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export…' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gongying-.*\.jsonl$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.split('\n')[0]).toContain('gongying-db');
    await page.locator('.notice', { hasText: 'Exported' }).waitFor();

    const files = page.locator('[aria-label=snapshot] input[type=file]');
    await files.setInputFiles({ name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from('not a snapshot\n') });
    await page.getByRole('dialog', { name: 'Import this snapshot?' }).getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('INVALID_SNAPSHOT');

    const deals = (await cloud.db.collection('deals').count()).total;
    await files.setInputFiles({ name: 'same.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
    await page.getByRole('dialog', { name: 'Import this snapshot?' }).getByRole('button', { name: 'Import' }).click();
    await page.locator('.notice', { hasText: /Imported same\.jsonl: \d+ documents/ }).waitFor();
    expect((await cloud.db.collection('deals').count()).total).toBe(deals);
  }, 60_000);
});
