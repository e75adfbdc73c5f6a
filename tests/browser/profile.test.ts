import path from 'path';
import type { Browser } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { eventually } from '../helpers/community';

const PHOTO = path.resolve(__dirname, '../../emulator/seed/assets/ugc/breakfast-table.png');
const SHOTS = process.env.SCREENSHOT_DIR;

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

describe('头像昵称: a new member sets their avatar and nickname from 我的', () => {
  it('starts as 共营伙伴 with the bundled default avatar, is told why a nickname is refused, and sees the saved ones on 我的', async () => {
    const page = await phonePage(browser, cloud.url, 'profile-newcomer', 'pages/me/index');
    const name = page.locator('.member-card__name');
    await expect(name.innerText()).resolves.toMatch(/^共营伙伴/);
    // No picture yet: the app's own default avatar, no URL of any cloud bucket.
    await page.locator('.member-card__avatar .avatar__img--default').waitFor();
    await expect(page.locator('.member-card__edit').innerText()).resolves.toContain('设置头像和昵称');
    await page.locator('.member-card__row').click();

    const nickname = page.locator('.profile-form__nickname input');
    await nickname.waitFor();
    await expect(nickname.inputValue()).resolves.toMatch(/^共营伙伴/);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'profile-page.png') });

    // The rules, checked before sending: the brand's name is not a member's.
    await nickname.fill('原野生活官方');
    await page.locator('.profile-form__submit').click();
    await expect(page.locator('.profile-form__field--nickname .profile-form__error').innerText()).resolves.toContain('不能包含');
    // The content check, on the server: refused, nothing saved.
    await nickname.fill('网赌小王子');
    await page.locator('.profile-form__submit').click();
    await expect(page.locator('.profile-form__field--nickname .profile-form__error').innerText()).resolves.toContain('不适合公开');
    expect((await cloud.db.collection('users').doc('profile-newcomer').get()).data[0].nickname).toMatch(/^共营伙伴/);

    // A photo from the album as the avatar, and a good name.
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.profile-avatar__button').click();
    await (await chooser).setFiles(PHOTO);
    await page.locator('.profile-avatar__hint', { hasText: '保存后生效' }).waitFor();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'profile-picked.png') });
    await nickname.fill('麦田小满');
    await page.locator('.profile-form__submit').click();

    const saved = await eventually(
      async () => (await cloud.db.collection('users').doc('profile-newcomer').get()).data[0],
      (u: { nickname: string; avatar: string }) => u.nickname === '麦田小满',
      10_000,
    );
    expect(saved.avatar).toMatch(/^cloud:\/\/[^/]+\/ugc\/profile-newcomer\//);

    // Back on 我的: the new name and the uploaded picture.
    await page.locator('.member-card__name', { hasText: '麦田小满' }).waitFor();
    const src = await page.locator('.member-card__avatar .avatar__img').first().getAttribute('src');
    expect(src).toContain('/storage/ugc/profile-newcomer/');
    await expect(page.locator('.member-card__edit').innerText()).resolves.toContain('编辑头像昵称');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'me-after-profile.png') });
  }, 90_000);

  it('shows the privacy policy, reachable from the profile page', async () => {
    const page = await phonePage(browser, cloud.url, 'profile-reader', 'member/pages/profile/index');
    await page.locator('.profile-page__privacy').click();
    await expect(page.locator('.privacy-page__title').innerText()).resolves.toContain('隐私保护指引');
    const uses = await page.locator('.privacy-page__use-what').allInnerTexts();
    expect(uses).toEqual(expect.arrayContaining(['相册中的照片、相机', '保存到相册', '剪贴板', '收货地址（姓名、手机号、地址）', '真实姓名', '头像和昵称']));
    await expect(page.locator('.privacy-page__section-title', { hasText: '保存多久' }).count()).resolves.toBe(1);
    await expect(page.locator('.privacy-page__section-title', { hasText: '查看、修改和删除' }).count()).resolves.toBe(1);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'privacy-page.png'), fullPage: true });
  }, 60_000);
});
