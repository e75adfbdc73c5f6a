import path from 'path';
import type { Browser } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { eventually } from '../helpers/community';

const PHOTOS = path.resolve(__dirname, '../../emulator/seed/assets/ugc');

const HOUR = 3_600_000;

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

async function savePoll(draft: Record<string, unknown>): Promise<string> {
  const now = Date.now();
  const res = await cloud.call(
    'admin',
    { action: 'savePoll', draft: { description: '', maxChoices: 1, minTier: 'explorer', openAt: new Date(now - HOUR).toISOString(), closeAt: new Date(now + 48 * HOUR).toISOString(), ...draft } },
    'demo-admin',
  );
  expect(res.ok).toBe(true);
  return res.data.poll.pollId;
}

describe('a shopper votes in a poll the brand created', () => {
  it('finds it from the home banner, picks an option, votes and sees the result bars', async () => {
    const pollId = await savePoll({
      title: '12 月新品，你最想吃哪一款？',
      options: [{ label: '抹茶燕麦能量碗' }, { label: '南瓜藜麦暖沙拉' }, { label: '黑芝麻核桃酸奶杯' }],
    });
    // Someone voted before: 阿青 for the first option.
    expect((await cloud.call('community', { action: 'vote', pollId, optionIds: ['o1'] }, 'demo-qing')).ok).toBe(true);

    const page = await phonePage(browser, cloud.url, 'demo-shopper');
    const banner = page.locator('.poll-banner');
    await banner.locator('.poll-banner__title', { hasText: '12 月新品' }).waitFor();
    await banner.click();

    const card = page.locator(`.poll-card[data-poll-id="${pollId}"]`);
    await expect(card.locator('.poll-card__phase').innerText()).resolves.toBe('进行中');
    await expect(card.locator('.poll-card__mine').innerText()).resolves.toBe('去投票');
    await card.click();

    // Before voting: the options, no results; the button waits for a choice.
    await page.locator('.poll-option').first().waitFor();
    await expect(page.locator('.poll-result').count()).resolves.toBe(0);
    await expect(page.locator('.poll-head__hint').innerText()).resolves.toBe('单选');
    await page.locator('.poll-option[data-option-id="o3"]').click();
    await page.locator('.poll-option[data-option-id="o2"]').click(); // single choice: the last tap wins
    await expect(page.locator('.poll-option--on').count()).resolves.toBe(1);
    await page.locator('.poll__submit').click();

    // After: one bar per option with counts and percentages, mine marked.
    await page.locator('.poll-result').first().waitFor();
    await expect(page.locator('.poll-result').count()).resolves.toBe(3);
    const mine = page.locator('.poll-result--mine');
    await expect(mine.getAttribute('data-option-id')).resolves.toBe('o2');
    await expect(mine.innerText()).resolves.toMatch(/南瓜藜麦暖沙拉[\s\S]*我的选择[\s\S]*1 票 · 50%/);
    await expect(page.locator('.poll-result[data-option-id="o1"]').innerText()).resolves.toMatch(/1 票 · 50%/);
    await expect(page.locator('.poll-result[data-option-id="o3"]').innerText()).resolves.toMatch(/0 票 · 0%/);
    await expect(page.locator('.poll__submit').count()).resolves.toBe(0);

    // The list now says so.
    await page.goBack();
    await page.reload();
    await expect(page.locator(`.poll-card[data-poll-id="${pollId}"] .poll-card__mine`).innerText()).resolves.toBe('已投票');
  }, 90_000);

  it('shows a 探索者 why they may not vote in a poll for 体验官, and lets a 体验官 pick up to two', async () => {
    const pollId = await savePoll({
      title: '轻食周卡搭配，选出你的两款',
      options: [{ label: '鸡胸肉藜麦碗' }, { label: '牛油果虾仁沙拉' }, { label: '香煎三文鱼饭' }],
      maxChoices: 2,
      minTier: 'officer',
    });

    const shopper = await phonePage(browser, cloud.url, 'demo-shopper', `member/pages/poll/index?id=${pollId}`);
    await expect(shopper.locator('.poll__blocked').innerText()).resolves.toContain('仅限体验官');
    await expect(shopper.locator('.poll-head .tier-badge').innerText()).resolves.toContain('体验官专属');
    await expect(shopper.locator('.poll__submit').count()).resolves.toBe(0);

    const officer = await phonePage(browser, cloud.url, 'demo-officer', `member/pages/poll/index?id=${pollId}`);
    await expect(officer.locator('.poll-head__hint').innerText()).resolves.toContain('最多选 2 项');
    for (const id of ['o1', 'o2', 'o3']) await officer.locator(`.poll-option[data-option-id="${id}"]`).click();
    await expect(officer.locator('.poll-option--on').count()).resolves.toBe(2); // the third tap is refused
    await officer.locator('.poll__submit').click();
    await officer.locator('.poll-result').first().waitFor();
    await expect(officer.locator('.poll-result--mine').count()).resolves.toBe(2);
    await expect(officer.locator('.poll-result[data-option-id="o1"]').innerText()).resolves.toMatch(/1 票 · 100%/);

    // Once the brand closes it, the winner is marked for everyone.
    expect((await cloud.call('admin', { action: 'closePoll', pollId }, 'demo-admin')).ok).toBe(true);
    await shopper.reload();
    await shopper.locator('.poll-result--winner').waitFor();
    await expect(shopper.locator('.poll-result--winner').getAttribute('data-option-id')).resolves.toBe('o1');
    await expect(shopper.locator('.poll-head__phase').innerText()).resolves.toBe('已结束');
  }, 90_000);
});

describe('the brand operator runs a poll from 投票管理', () => {
  it('creates it with the form, ends it, adopts the winner and opens the draft deal', async () => {
    const admin = await phonePage(browser, cloud.url, 'demo-admin', 'pages/me/index');
    await admin.locator('.me-entry--admin-polls').click();
    await admin.locator('.admin-polls__new').click();
    await admin.locator('.poll-form__title input').fill('周末早餐，你选哪一款？');
    const options = admin.locator('.poll-form__option-input input');
    await options.nth(0).fill('豆浆油条套餐');
    await options.nth(1).fill('燕麦牛奶粥');
    await admin.locator('.poll-form__add').click();
    await options.nth(2).fill('全麦三明治');
    await admin.locator('.poll-form__save').click();

    const card = admin.locator('.poll-admin-card', { hasText: '周末早餐，你选哪一款？' });
    await card.waitFor();
    const pollId = (await card.getAttribute('data-poll-id')) as string;
    await expect(card.innerText()).resolves.toMatch(/进行中[\s\S]*0 人参与[\s\S]*单选[\s\S]*豆浆油条套餐 \/ 燕麦牛奶粥 \/ 全麦三明治/);

    // Two members vote; the operator ends the poll and the results show on the card.
    for (const [openid, option] of [['demo-qing', 'o3'], ['demo-mumu', 'o3']]) {
      expect((await cloud.call('community', { action: 'vote', pollId, optionIds: [option] }, openid)).ok).toBe(true);
    }
    await card.locator('.poll-admin-card__close').click();
    await admin.locator('.taro-model__confirm').click();
    await card.locator('.poll-admin-card__result--winner', { hasText: '全麦三明治' }).waitFor();

    // 采纳为新品: a draft deal whose voters are its contributors; the card then leads to its editor.
    await card.locator('.poll-admin-card__adopt').click();
    await admin.locator('.taro-model__confirm').click();
    await card.locator('.poll-admin-card__deal').waitFor();
    const polls = await cloud.call('community', { action: 'listPolls' }, 'demo-admin');
    const dealId = polls.data.items.find((p: { pollId: string }) => p.pollId === pollId).adoptedDealId;
    expect(dealId).toMatch(/^[0-9a-f]+$/);
    await card.locator('.poll-admin-card__deal').click();
    await admin.waitForURL(new RegExp(`admin/pages/deal-edit/index\\?id=${dealId}`));


    // A member sees 已采纳，即将上新 while the deal is a draft.
    const member = await phonePage(browser, cloud.url, 'demo-qing', `member/pages/poll/index?id=${pollId}`);
    await expect(member.locator('.poll-adopted__title').innerText()).resolves.toBe('已采纳，即将上新');
    await expect(member.locator('.poll-adopted__link').count()).resolves.toBe(0);

    // The draft may not go on sale with its placeholders: the editor says what to fill in.
    await expect(admin.locator('.deal-edit__blocked').innerText()).resolves.toContain('拼团价（现为占位的 ¥1.00）');
    await expect(admin.locator('.deal-form__field--stock .deal-form__error').innerText()).resolves.toContain('库存（现为 0）');
    // Pictures: two uploaded from the phone and one built-in, in order; the second upload is made the cover.
    const chooser = admin.waitForEvent('filechooser');
    await admin.locator('.deal-pictures .photo-picker__add').click();
    await (await chooser).setFiles([path.join(PHOTOS, 'breakfast-table.png'), path.join(PHOTOS, 'yogurt-desk.png')]);
    expect(await eventually(() => admin.locator('.deal-pictures__item').count(), (n) => n === 2, 15_000)).toBe(2);
    await admin.locator('.image-picker__item[data-file-id$="oat-crisps.png"]').click();
    const uploaded = await admin.locator('.deal-pictures__item').evaluateAll((els) => els.map((e) => e.getAttribute('data-file-id') as string));
    await admin.locator('.deal-pictures__item').nth(1).locator('.deal-pictures__earlier').click();
    await expect(admin.locator('.deal-pictures__item').first().getAttribute('data-file-id')).resolves.toBe(uploaded[1]);
    await admin.locator('.deal-form__input--groupPrice input').fill('25.9');
    await admin.locator('.deal-form__input--stock input').fill('80');
    await admin.locator('.deal-edit__save').click();
    const saved = await eventually(
      async () => (await cloud.db.collection('deals').doc(dealId).get()).data[0],
      (d: { groupPriceFen: number; image: string; images: string[] }) => d.groupPriceFen === 2590,
      10_000,
    );
    expect(saved.images).toEqual([uploaded[1], uploaded[0], expect.stringMatching(/oat-crisps\.png$/)]);
    expect(saved.image).toBe(uploaded[1]);
    expect(uploaded[0]).toMatch(/\/ugc\/demo-admin\//);
    expect(await cloud.call('admin', { action: 'setDealStatus', dealId, status: 'active' }, 'demo-admin')).toMatchObject({ ok: true });
  }, 90_000);
});
