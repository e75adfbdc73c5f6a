import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { assertDealInvariants, gb, makeDeal, MINUTE, pay, readDeal, readOrder, runTimer } from '../helpers/groupbuy';
import { checkout } from '../helpers/groupbuy';
import { launch, makeProject } from '../helpers/cocreation';
import { sandboxControl } from '../../cloudfunctions/shared/providers/payment';
import { now } from '../../cloudfunctions/shared/runtime/clock';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

/** A launched project whose deal runs a pre-sale ending in 10 minutes. */
async function presaleDeal(minQuantity: number, coCreators: string[] = []) {
  const dealId = await makeDeal(cloud, { stockInitial: 200, perUserLimit: 10 });
  const projectId = await makeProject(cloud, { coCreators });
  const endsAt = new Date(now().getTime() + 10 * MINUTE).toISOString();
  const res = await launch(cloud, { projectId, dealId, presale: { endsAt, minQuantity } });
  expect(res.ok).toBe(true);
  return { dealId, projectId, endsAt };
}

async function buy(dealId: string, openid: string, quantity = 1): Promise<string> {
  return (await gb(cloud, openid, { action: 'buySolo', dealId, quantity })).orderId;
}

const statuses = async (ids: string[]) => Promise.all(ids.map(async (id) => (await readOrder(cloud, id)).status));

describe('a C2M pre-sale (先有订单，再有生产)', () => {
  it('launches once: co-creators credited on the deal, each with a distribution code; a repeat changes nothing', async () => {
    const { dealId, projectId, endsAt } = await presaleDeal(3, ['ps-zhe', 'ps-lin']);
    const deal = await readDeal(cloud, dealId);
    expect(deal.coCreation).toEqual({ projectId, title: '晨光能量碗', coCreators: ['共营伙伴-ZHE', '共营伙伴-LIN'] });
    expect(deal.presale).toMatchObject({ minQuantity: 3, status: 'open' });
    const codes = await Promise.all(['ps-zhe', 'ps-lin'].map(async (o) => (await cloud.db.collection('distributors').doc(o).get()).data[0]?.code));
    expect(codes.every((c) => typeof c === 'string' && c.length === 8)).toBe(true);
    const again = await Promise.all([launch(cloud, { projectId, dealId, presale: { endsAt, minQuantity: 3 } }), launch(cloud, { projectId, dealId })]);
    expect(again.map((r) => r.ok)).toEqual([true, true]);
    expect(again[0].data.project).toMatchObject({ phase: 'launched', launchedDealId: dealId });
    const later = await Promise.all(['ps-zhe', 'ps-lin'].map(async (o) => (await cloud.db.collection('distributors').doc(o).get()).data[0]?.code));
    expect(later).toEqual(codes);
    const view = await gb(cloud, 'ps-viewer', { action: 'getDeal', dealId });
    expect(view.deal.presale).toMatchObject({ minQuantity: 3, bookedQuantity: 0, status: 'open' });
    expect(view.deal.coCreation.coCreators).toHaveLength(2);
  });

  it('refuses a launch outside 方案共创/内测 and onto a missing deal', async () => {
    const dealId = await makeDeal(cloud);
    const early = await makeProject(cloud, { phase: 'ideas' });
    expect((await launch(cloud, { projectId: early, dealId })).error.code).toBe('PHASE_CLOSED');
    const ok = await makeProject(cloud);
    expect((await launch(cloud, { projectId: ok, dealId: 'nope' })).error.code).toBe('NOT_FOUND');
    expect((await readDeal(cloud, dealId)).coCreation ?? null).toBeNull();
  });

  it('one that reaches its minimum makes every order effective, also a payment after the close; two timers close it once', async () => {
    const { dealId } = await presaleDeal(4);
    const paid = await Promise.all(['ps-a', 'ps-b', 'ps-c'].map((o, i) => buy(dealId, o, i + 1)));
    await Promise.all(paid.map((id) => pay(cloud, id)));
    expect(await statuses(paid)).toEqual(['paid', 'paid', 'paid']);
    const late = await buy(dealId, 'ps-late');
    expect((await gb(cloud, 'ps-a', { action: 'getDeal', dealId })).deal.presale.bookedQuantity).toBe(6);

    cloud.clock.advance(11 * MINUTE);
    expect((await checkout(cloud, 'ps-after', { action: 'buySolo', dealId })).error.code).toBe('DEAL_NOT_ACTIVE');
    const runs = await Promise.all([runTimer(cloud, 'cocreationTick'), runTimer(cloud, 'cocreationTick')]);
    expect(runs.map((r) => r.ok)).toEqual([true, true]);
    expect(runs.reduce((n, r) => n + r.data.presalesClosed, 0)).toBeGreaterThanOrEqual(1);
    expect((await readDeal(cloud, dealId)).presale?.status).toBe('succeeded');
    expect(await statuses(paid)).toEqual(['effective', 'effective', 'effective']);
    for (const id of paid) expect((await readOrder(cloud, id)).rewardsDone).toBe(true);

    await pay(cloud, late);
    expect(await statuses([late])).toEqual(['effective']);
    await runTimer(cloud, 'cocreationTick');
    await assertDealInvariants(cloud, dealId);
  });

  it('one that misses refunds every paid order exactly once, also a payment after the close; two timers close it once', async () => {
    sandboxControl.reset();
    const { dealId } = await presaleDeal(50);
    const buyers = Array.from({ length: 6 }, (_, i) => `ps-miss-${i}`);
    const paid = await Promise.all(buyers.map((o) => buy(dealId, o, 2)));
    await Promise.all(paid.map((id) => pay(cloud, id)));
    const late = await buy(dealId, 'ps-miss-late');
    sandboxControl.failNextRefunds(1); // one refund fails first: the retry timer pays it, with the same number

    cloud.clock.advance(11 * MINUTE);
    await Promise.all([runTimer(cloud, 'cocreationTick'), runTimer(cloud, 'cocreationTick')]);
    expect((await readDeal(cloud, dealId)).presale?.status).toBe('failed');
    await pay(cloud, late);
    cloud.clock.advance(5 * MINUTE);
    await Promise.all([runTimer(cloud, 'retryRefunds'), runTimer(cloud, 'cocreationTick')]);
    await runTimer(cloud, 'cocreationTick');

    const all = [...paid, late];
    expect(await statuses(all)).toEqual(all.map(() => 'refunded'));
    const issued = sandboxControl.refundsIssued.filter((r) => all.includes(r.outTradeNo));
    expect(issued.map((r) => r.outTradeNo).sort()).toEqual([...all].sort());
    const refunds = (await cloud.db.collection('refunds').where({ orderId: cloud.db.command.in(all) }).get()).data;
    expect(refunds).toHaveLength(all.length);
    expect((await readDeal(cloud, dealId)).stockSold).toBe(0);
    await assertDealInvariants(cloud, dealId);
  });
});
