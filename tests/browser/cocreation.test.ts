import type { Browser, Page } from 'playwright-core';
import type { TestCloud } from '../helpers/test-cloud';
import { phonePage } from '../helpers/browser';
import { browserSuite } from '../helpers/browser-suite';
import { gb, makeDeal, pay, runTimer } from '../helpers/groupbuy';
import { DEFAULT_WEIGHTS } from '../../cloudfunctions/shared/domain/cocreation';
import { now } from '../../cloudfunctions/shared/runtime/clock';

const suite = browserSuite();
let cloud: TestCloud;
let browser: Browser;

beforeAll(() => {
  ({ cloud, browser } = suite);
});

const DAY = 86_400_000;
const admin = async (data: Record<string, unknown>) => {
  const res = await cloud.call('admin', data, 'demo-admin');
  if (!res.ok) throw new Error(`admin.${String(data.action)}: ${res.error.code} ${res.error.message}`);
  return res.data;
};
const projectOf = async (projectId: string, openid = 'demo-admin') => (await cloud.call('cocreation', { action: 'getProject', projectId }, openid)).data.project;

/** Taro's h5 confirm dialog. */
const confirmDialog = (page: Page) => page.locator('.taro__modal .taro-model__confirm').click();

async function acceptRulesIfAsked(page: Page): Promise<void> {
  const accept = page.locator('.rules-sheet__accept');
  await accept.waitFor({ timeout: 5_000 }).then(() => accept.click(), () => undefined);
}

function draft() {
  const day = (n: number) => new Date(now().getTime() + n * DAY).toISOString();
  return {
    title: '晨光能量碗',
    question: '你理想中的能量早餐是什么样？',
    cover: 'cloud://gongying-local.local-bucket/products/morning-bowl.png',
    rules: { scope: '一款能量早餐的口味、配方与包装', ownership: '被采纳的成果归品牌所有，你保留署名', credit: '上市时署名全部产品共创官', rewards: '有效销量达到 2 份即发放 ¥100 奖池' },
    timeline: { ideas: day(0), recruiting: day(7), proposals: day(14), trial: day(21), launched: day(30) },
    maxCoCreators: 2,
    rewardPlan: { thresholds: [{ metric: 'units', atLeast: 2, poolFen: 10_000, points: 100 }], weights: { ...DEFAULT_WEIGHTS } },
    pollId: null,
  };
}

describe('the 晨光能量碗 story in Chromium', () => {
  it('from the first idea to a pre-sale launch whose sales pay every contributor', async () => {
    // The brand opens the project (its editor is a form; the story starts once it is open).
    const { project } = await admin({ action: 'saveProject', draft: draft() });
    const projectId: string = project.projectId;
    const console_ = await phonePage(browser, cloud.url, 'demo-admin', `admin/pages/project/index?id=${projectId}`);
    await console_.locator('.project-console__next-phase').click();
    await confirmDialog(console_);
    await waitFor(async () => (await projectOf(projectId)).phase === 'ideas');

    // 需求征集: 小满 posts an idea (accepting the rules first), 木木 upvotes it.
    const shopper = await phonePage(browser, cloud.url, 'demo-shopper', `cocreation/pages/project/index?id=${projectId}`);
    await shopper.locator('.idea-form__textarea textarea').fill('想要高蛋白、低糖，十分钟能吃完的早餐碗');
    await shopper.locator('.idea-form__submit').click();
    await acceptRulesIfAsked(shopper);
    const ideaCard = shopper.locator('.idea-card', { hasText: '十分钟能吃完' });
    await ideaCard.waitFor();
    const ideaId = (await ideaCard.getAttribute('data-idea-id'))!;

    const mumu = await phonePage(browser, cloud.url, 'demo-mumu', `cocreation/pages/project/index?id=${projectId}`);
    await mumu.locator(`.idea-card[data-idea-id="${ideaId}"] .idea-card__upvote`).click();
    await acceptRulesIfAsked(mumu);
    await mumu.locator(`.idea-card[data-idea-id="${ideaId}"] .idea-card__upvote--on`).waitFor();
    await waitFor(async () => (await projectOf(projectId)).ideas[0]?.upvotes === 1);

    // The brand adopts it in its console, with a note, and opens recruiting.
    await console_.reload();
    await console_.locator(`.idea-admin[data-idea-id="${ideaId}"] .idea-admin__adopt`).click();
    await console_.locator('.note-sheet__input textarea').fill('采纳：每份 20g 蛋白，添加糖不超过 5g');
    await console_.locator('.note-sheet__confirm').click();
    await waitFor(async () => (await projectOf(projectId)).ideas[0]?.adopted === true);
    await admin({ action: 'setProjectPhase', projectId, phase: 'recruiting' });

    // 共创官招募: 小禾 (体验官) applies on the page; the brand selects her in its console.
    const officer = await phonePage(browser, cloud.url, 'demo-officer', `cocreation/pages/project/index?id=${projectId}`);
    await officer.locator('.project-apply__tag').first().click();
    await officer.locator('.project-apply__textarea textarea').fill('在烘焙店工作过，熟悉燕麦和坚果的处理');
    await officer.locator('.project-apply__submit').click();
    await acceptRulesIfAsked(officer);
    await officer.locator('.apply-section__note').waitFor();

    await console_.reload();
    await console_.locator('.tabs__item--applications').click();
    await console_.locator('.application-admin[data-openid="demo-officer"] .application-admin__select').click();
    await console_.locator('.selection__confirm').click();
    await confirmDialog(console_);
    // Selected and promoted through the tier mechanism: 小禾 is now 共创官.
    await waitFor(async () => (await cloud.call('member', { action: 'me' }, 'demo-officer')).data.tier === 'cocreator');
    expect((await projectOf(projectId)).coCreators.map((c: { nickname: string }) => c.nickname)).toEqual(['小禾']);

    // 方案共创: 小禾 proposes a recipe; the brand adopts it.
    await admin({ action: 'setProjectPhase', projectId, phase: 'proposals' });
    await officer.reload();
    await officer.locator('.proposal-form__kind--recipe').click();
    await officer.locator('.proposal-form__textarea textarea').fill('希腊酸奶 150g + 低温烘焙燕麦 30g + 冻干莓果 8g');
    await officer.locator('.proposal-form__submit').click();
    await officer.locator('.proposal-card', { hasText: '低温烘焙燕麦' }).waitFor();
    const proposalId = (await projectOf(projectId)).proposals[0].proposalId;
    await admin({ action: 'adoptProposal', proposalId });

    // 内测: the brand sends samples (v1); 小禾 files her report.
    await admin({ action: 'setProjectPhase', projectId, phase: 'trial' });
    await console_.reload();
    await console_.locator('.tabs__item--trial').click();
    await console_.locator('.trial-admin__version input').fill('v1：初版配方');
    await console_.locator('.trial-admin__changes textarea').fill('第一版样品');
    await console_.locator('.trial-admin__open').click();
    await waitFor(async () => (await projectOf(projectId)).trialRounds.length === 1);
    await officer.reload();
    for (const key of ['taste', 'texture', 'packaging', 'value']) await officer.locator(`.trial-form__score--${key}[data-score="4"]`).click();
    await officer.locator('.trial-form__buy--yes').click();
    await officer.locator('.trial-form__textarea textarea').fill('整体好吃，偏甜了一点');
    await officer.locator('.trial-form__submit').click();
    await waitFor(async () => (await projectOf(projectId)).trialRounds[0]?.reports === 1);

    // 上市 as a pre-sale (先有订单，再有生产): at least 2 paid by tomorrow.
    const dealId = await makeDeal(cloud, { title: '晨光能量碗 · 共创版', soloPriceFen: 3990, stockInitial: 100 });
    await admin({ action: 'launchProject', projectId, dealId, presale: { endsAt: new Date(now().getTime() + DAY).toISOString(), minQuantity: 2 } });
    for (const buyer of ['presale-a', 'presale-b']) {
      const { orderId } = await gb(cloud, buyer, { action: 'buySolo', dealId });
      await pay(cloud, orderId);
    }
    // The deal page credits the co-creators and shows the pre-sale's real progress.
    const dealPage = await phonePage(browser, cloud.url, 'demo-shopper', `pages/deal/index?id=${dealId}`);
    await expect(dealPage.locator('.deal-cocreators').innerText()).resolves.toContain('小禾');
    await expect(dealPage.locator('.presale-progress').innerText()).resolves.toMatch(/2[\s\S]*2/);

    // The deadline passes: the pre-sale succeeds, the orders become effective, and the 2 units cross the threshold.
    cloud.clock.advance(DAY + 60_000);
    await runTimer(cloud, 'cocreationTick');
    await runTimer(cloud, 'cocreationTick');
    const rewards = await admin({ action: 'projectRewards', projectId });
    expect(rewards.payouts).toHaveLength(1);
    const shares = rewards.payouts[0].shares as { openid: string; cashFen: number }[];
    expect(shares.reduce((n, s) => n + s.cashFen, 0)).toBe(10_000);
    // Paid: whoever has a recorded contribution (an upvote is not one).
    expect(shares.map((s) => s.openid).sort()).toEqual(['demo-officer', 'demo-shopper']);

    // The project page credits 小禾; 小满 sees her reward in 我的共创.
    await shopper.reload();
    await expect(shopper.locator('.co-creators').innerText()).resolves.toContain('小禾');
    await expect(shopper.locator('.contribution-wall').innerText()).resolves.toContain('小满');
    const mine = await phonePage(browser, cloud.url, 'demo-shopper', 'cocreation/pages/mine/index');
    await mine.locator('.my-cocreation__reward').first().waitFor();
    const shopperShare = shares.find((s) => s.openid === 'demo-shopper')!.cashFen;
    await expect(mine.locator('.my-cocreation__reward').first().innerText()).resolves.toContain((shopperShare / 100).toFixed(2).replace(/\.?0+$/, ''));
  }, 180_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
