import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { adminCall } from '../helpers/distribution';
import { runTimer } from '../helpers/groupbuy';
import { now } from '../../cloudfunctions/shared/runtime/clock';

const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

async function makePoll(over: Record<string, unknown> = {}): Promise<string> {
  const res = await adminCall(cloud, {
    action: 'savePoll',
    draft: {
      title: '下一款早餐碗选哪个？',
      description: '票数最高的口味下月上新',
      options: [{ label: '抹茶燕麦碗' }, { label: '芒果椰奶碗' }, { label: '可可香蕉碗' }],
      maxChoices: 1,
      minTier: 'explorer',
      openAt: new Date(now().getTime() - 60_000).toISOString(),
      closeAt: new Date(now().getTime() + 3 * DAY).toISOString(),
      ...over,
    },
  });
  return res.poll.pollId;
}
const community = (openid: string, data: Record<string, unknown>) => cloud.call('community', data, openid);

describe('polls', () => {
  it('hide results until you vote, then show counts that equal the ballots', async () => {
    const pollId = await makePoll();
    const before = (await community('v-1', { action: 'getPoll', pollId })).data.poll;
    expect(before).toMatchObject({ resultsVisible: false, myChoices: null, voteBlockedReason: null });
    expect(before.options.every((o: { votes: number | null }) => o.votes === null)).toBe(true);
    const voted = await community('v-1', { action: 'vote', pollId, optionIds: ['o2'] });
    expect(voted.data.poll).toMatchObject({ resultsVisible: true, myChoices: ['o2'], totalVoters: 1 });
    expect(voted.data.counts).toEqual({ o2: 1 });
    // The voter's growth is owed on the ballot and granted by the outbox, once.
    expect((await cloud.db.collection('ballots').doc(`${pollId}_v-1`).get()).data[0].grantDue).toBe(true);
    await runTimer(cloud, 'drainOutbox');
    await runTimer(cloud, 'drainOutbox');
    expect((await cloud.call('member', { action: 'me' }, 'v-1')).data.growth).toBe(2);
    expect((await cloud.db.collection('ballots').doc(`${pollId}_v-1`).get()).data[0].grantDue).toBeUndefined();
  });

  it('take one ballot per member even with 10 votes at once, and count 30 members exactly', async () => {
    const pollId = await makePoll({ maxChoices: 2 });
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => community('tapper', { action: 'vote', pollId, optionIds: [i % 2 ? 'o1' : 'o3'] })));
    expect(burst.filter((r) => r.ok)).toHaveLength(1);
    expect(burst.filter((r) => !r.ok).every((r) => r.error.code === 'ALREADY_VOTED')).toBe(true);
    await Promise.all(Array.from({ length: 30 }, (_, i) => community(`crowd-${i}`, { action: 'vote', pollId, optionIds: i % 3 ? ['o1', 'o2'] : ['o3'] })));
    const poll = (await community('crowd-0', { action: 'getPoll', pollId })).data.poll;
    const ballots = (await cloud.db.collection('ballots').where({ pollId }).limit(100).get()).data;
    expect(poll.totalVoters).toBe(31);
    expect(ballots).toHaveLength(31);
    for (const option of poll.options) {
      expect(option.votes).toBe(ballots.filter((b: { optionIds: string[] }) => b.optionIds.includes(option.optionId)).length);
    }
    await runTimer(cloud, 'drainOutbox');
    expect((await cloud.db.collection('grants').where({ openid: 'tapper' }).count()).total).toBe(1);
  });

  it('refuse too many choices, unknown options, lower tiers and closed polls', async () => {
    const pollId = await makePoll({ maxChoices: 1 });
    const refuse = async (openid: string, id: string, optionIds: string[], code: string) =>
      expect(await community(openid, { action: 'vote', pollId: id, optionIds })).toMatchObject({ ok: false, error: { code } });
    await refuse('r-1', pollId, ['o1', 'o2'], 'INVALID_ARGUMENT');
    await refuse('r-1', pollId, ['o9'], 'INVALID_ARGUMENT');
    const officersOnly = await makePoll({ minTier: 'officer' });
    await refuse('r-1', officersOnly, ['o1'], 'FORBIDDEN');
    expect((await community('r-1', { action: 'getPoll', pollId: officersOnly })).data.poll.voteBlockedReason).toContain('体验官');
    await cloud.call('member', { action: 'me' }, 'r-officer');
    await cloud.db.collection('users').doc('r-officer').update({ tier: 'officer' });
    expect((await community('r-officer', { action: 'vote', pollId: officersOnly, optionIds: ['o1'] })).ok).toBe(true);
    await adminCall(cloud, { action: 'closePoll', pollId });
    await refuse('r-2', pollId, ['o1'], 'POLL_CLOSED');
    expect(await community('r-1', { action: 'vote', pollId: 'f'.repeat(32), optionIds: ['o1'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('show results to everyone after close, and adopt the winner as a draft deal crediting its voters', async () => {
    const pollId = await makePoll();
    for (const [who, option] of [['a-1', 'o3'], ['a-2', 'o3'], ['a-3', 'o1']]) await community(who, { action: 'vote', pollId, optionIds: [option] });
    expect(await cloud.call('admin', { action: 'adoptPoll', pollId }, 'demo-admin')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    cloud.clock.advance(4 * DAY);
    const closed = (await community('bystander', { action: 'getPoll', pollId })).data.poll;
    expect(closed).toMatchObject({ phase: 'closed', resultsVisible: true, winnerOptionId: 'o3' });
    const adopted = await adminCall(cloud, { action: 'adoptPoll', pollId });
    expect(adopted.contributors).toBe(2);
    const deal = (await cloud.db.collection('deals').doc(adopted.dealId).get()).data[0];
    expect(deal).toMatchObject({ title: '可可香蕉碗', status: 'draft', contributorOpenids: ['a-1', 'a-2'] });
    expect(await cloud.call('admin', { action: 'setDealStatus', dealId: adopted.dealId, status: 'active' }, 'demo-admin')).toMatchObject({
      ok: false,
      error: { code: 'DEAL_INCOMPLETE' },
    });
    expect(await cloud.call('admin', { action: 'adoptPoll', pollId }, 'demo-admin')).toMatchObject({ ok: false, error: { code: 'ALREADY_JOINED' } });
    expect((await cloud.call('member', { action: 'history' }, 'a-1')).data.items[0].reason).toContain('被采纳');
  });

  it("never puts an adopted poll's draft on sale with its placeholders: ¥1.00, no stock, no picture, each named until filled in", async () => {
    const pollId = await makePoll();
    await community('p-1', { action: 'vote', pollId, optionIds: ['o2'] });
    cloud.clock.advance(4 * DAY);
    const { dealId } = await adminCall(cloud, { action: 'adoptPoll', pollId });
    const putOnSale = () => cloud.call('admin', { action: 'setDealStatus', dealId, status: 'active' }, 'demo-admin');

    const refused = await putOnSale();
    expect(refused).toMatchObject({ ok: false, error: { code: 'DEAL_INCOMPLETE' } });
    expect(refused.error.message).toBe('上架前请先填写：拼团价（现为占位的 ¥1.00）、库存（现为 0）、商品图片');
    const opened = await adminCall(cloud, { action: 'getDeal', dealId });
    expect(opened.deal.saleBlockers.map((b: { field: string }) => b.field)).toEqual(['groupPriceFen', 'stock', 'image']);

    // Saved with a picture and stock but the placeholder price kept: still refused, for the price alone.
    const image = 'cloud://gongying-local.local-bucket/ugc/demo-admin/202612/cover.png';
    await adminCall(cloud, { action: 'saveDeal', dealId, draft: { ...opened.draft, image, images: [image], stock: 50 } });
    expect((await putOnSale()).error).toEqual({ code: 'DEAL_INCOMPLETE', message: '上架前请先填写：拼团价（现为占位的 ¥1.00）' });
    expect((await cloud.db.collection('deals').doc(dealId).get()).data[0].status).toBe('draft');

    await adminCall(cloud, { action: 'saveDeal', dealId, draft: { ...opened.draft, image, images: [image], stock: 50, groupPriceFen: 2590 } });
    expect(await putOnSale()).toMatchObject({ ok: true, data: { deal: { status: 'active', saleBlockers: [] } } });
  });
});
