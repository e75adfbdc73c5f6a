import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { DashboardOutput, LeaderFunnelOutput, MetricSeries } from '../../cloudfunctions/shared/api';
import type { TestCloud } from '../helpers/test-cloud';
import { figureText } from '../../src/admin/dashboard-figures';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

const PAGE = 'admin/pages/dashboard/index';
/** SHOTS_DIR=.tmp/shots npx jest tests/browser/dashboard.test.ts keeps the screens to look at. */
const SHOTS = process.env.SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The next answer the page gets from analytics.<action>. */
function answerOf<T>(page: Page, action: string): Promise<T> {
  return page
    .waitForResponse((r) => r.url().endsWith('/cloud/analytics') && (r.request().postData() ?? '').includes(`"action":"${action}"`))
    .then(async (r) => (await r.json()).data as T);
}

function metric(board: DashboardOutput, key: string): MetricSeries {
  const found = board.sections.flatMap((s) => s.metrics).find((m) => m.key === key);
  if (!found) throw new Error(`no metric ${key}`);
  return found;
}

const sum = (values: (number | null)[]) => values.reduce<number>((t, v) => t + (v ?? 0), 0);

/** A CSV as rows of cells (the export's quoting: double quotes, "" inside). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('数据看板 in Chromium', () => {
  it('the brand sees sales, group success, the leader funnel and interactions per member on the demo data, reads a definition, and the CSV it downloads adds up to the dashboard', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await context.addInitScript(() => window.localStorage.setItem('gongying.openid', 'demo-admin'));
    const admin = await context.newPage();
    admin.setDefaultTimeout(20_000);
    const boardAnswer = answerOf<DashboardOutput>(admin, 'dashboard');
    const funnelAnswer = answerOf<LeaderFunnelOutput>(admin, 'leaderFunnel');
    await admin.goto(`${cloud.url}/#/${PAGE}`);
    const [board, funnel] = await Promise.all([boardAnswer, funnelAnswer]);
    expect(board.granularity).toBe('day');

    // Sales: money came in over the range, and the card shows the latest day's GMV as the function computed it.
    const gmv = metric(board, 'gmv');
    expect(sum(gmv.values)).toBeGreaterThan(0);
    const gmvCard = admin.locator('.dash-section[data-section="sales"] .dash-metric[data-metric="gmv"]');
    await expect(gmvCard.locator('.dash-metric__value').textContent()).resolves.toBe(figureText(gmv.current, 'fen'));
    // Group buying: a success rate on some day of the range, and its card.
    expect(metric(board, 'groupSuccessRate').values.some((v) => v !== null && v > 0)).toBe(true);
    await admin.locator('.dash-metric[data-metric="groupSuccessRate"]').waitFor();
    // Community: interactions per active member.
    expect(metric(board, 'interactionsPerMember').values.some((v) => v !== null && v > 0)).toBe(true);
    await admin.locator('.dash-metric[data-metric="interactionsPerMember"]').waitFor();
    // The leader funnel: its total row, then the leaders by GMV.
    expect(funnel.total.shares + funnel.total.visits + funnel.total.orders).toBeGreaterThan(0);
    const total = admin.locator('.dash-funnel__total .dash-leader');
    await expect(total.locator('.dash-leader__gmv').textContent()).resolves.toBe(figureText(funnel.total.gmvFen, 'fen'));
    await expect(total.locator('.dash-leader__steps').textContent()).resolves.toContain(`分享 ${funnel.total.shares} → 到访 ${funnel.total.visits}`);
    expect(await admin.locator('.dash-funnel > .dash-leader').count()).toBe(funnel.rows.length);
    // The charts are drawn (sales, groups, leaders, community … and the funnel's columns).
    await admin.locator('.chart[data-chart="funnel"] img').waitFor();
    await admin.waitForFunction(() => document.querySelectorAll('.chart img').length >= 4);
    const srcs = await admin.locator('.chart img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(srcs.every((s) => s.startsWith('data:image/png'))).toBe(true);
    // Blank canvases of one size are the same picture: each chart drew something of its own.
    expect(new Set(srcs).size).toBe(srcs.length);
    await shot(admin, 'dashboard-30-days');
    if (SHOTS) for (const key of ['sales', 'groups', 'leaders', 'community']) await admin.locator(`.dash-section[data-section="${key}"]`).screenshot({ path: path.join(SHOTS, `section-${key}.png`) });

    // Tapping a figure tells how it is computed.
    await admin.locator('.dash-metric[data-metric="refundRate"]').click();
    await expect(admin.locator('.dash-metrics__definition[data-definition="refundRate"]').textContent()).resolves.toContain(metric(board, 'refundRate').definition);

    // The rollups CSV of the same range: its GMV column adds up to the dashboard's days.
    await admin.locator('.dash-export__button[data-kind="rollups"]').click();
    const link = admin.locator('.dash-export__done[data-export="rollups"] .dash-export__link');
    await link.waitFor();
    const url = (await link.getAttribute('data-url')) as string;
    const res = await fetch(new URL(url, cloud.url));
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    const gmvColumn = header.indexOf('成交额(分)');
    expect(gmvColumn).toBeGreaterThan(0);
    const csvGmv = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0])).reduce((t, r) => t + Number(r[gmvColumn]), 0);
    expect(csvGmv).toBe(sum(gmv.values));
    await shot(admin, 'dashboard-exported');

    // Today's figures say when they were counted; 更新 counts them now and reads again.
    const when = admin.locator('.admin-dashboard__when').first();
    await expect(when.textContent()).resolves.toContain('今天截至');
    const refreshed = answerOf<{ todayAsOf: string }>(admin, 'refreshToday');
    const reread = answerOf<DashboardOutput>(admin, 'dashboard');
    await admin.locator('.admin-dashboard__refresh').click();
    const { todayAsOf } = await refreshed;
    expect((await reread).todayAsOf).toBe(todayAsOf);
    expect((await cloud.db.collection('analyticsRollups').doc(`day:${board.to}`).get()).data[0].through).toBeTruthy();

    // 近90天 reads again, by week.
    const quarter = answerOf<DashboardOutput>(admin, 'dashboard');
    await admin.locator('.filter-chips__chip[data-value="90"]').click();
    expect((await quarter).granularity).toBe('week');
    await admin.locator('.dash-section[data-section="sales"]').waitFor();
    await shot(admin, 'dashboard-90-days-weekly');
    await context.close();
  }, 90_000);

  it('a range with no activity says so, and a failed read offers 重试', async () => {
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'pages/index/index');
    let mode: 'quiet' | 'down' = 'quiet';
    await admin.route('**/cloud/analytics', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (mode === 'down') return route.abort();
      if (body.action !== 'dashboard') return route.continue();
      const response = await route.fetch();
      const answer = await response.json();
      const board = answer.data as DashboardOutput;
      for (const s of board.sections) for (const m of s.metrics) (m.values = m.values.map((v) => (v === null ? null : 0))), (m.current = 0), (m.change = null);
      await route.fulfill({ response, json: answer });
    });
    await admin.goto(`${cloud.url}/#/${PAGE}`);
    await admin.locator('.status-view--empty', { hasText: '这段时间还没有数据' }).waitFor();
    await admin.locator('.dash-export').waitFor();
    await shot(admin, 'dashboard-empty');

    mode = 'down';
    await admin.locator('.filter-chips__chip[data-value="7"]').click();
    await admin.locator('.status-view--error').waitFor();
    await shot(admin, 'dashboard-error');
    mode = 'quiet';
    await admin.locator('.status-view__action', { hasText: '重试' }).click();
    await admin.locator('.status-view--empty', { hasText: '这段时间还没有数据' }).waitFor();
    await admin.context().close();
  }, 60_000);

  it('a member who is not the brand is told the dashboard is for brand admins', async () => {
    const member = await phonePage(browser, cloud.url, 'demo-shopper', PAGE);
    await member.locator('.status-view', { hasText: '仅品牌管理员可见' }).waitFor();
    await member.context().close();
  }, 30_000);
});
