import type { Database } from '../../cloudfunctions/shared/runtime/cloud';
import type { DealDoc, GroupDoc, ProductDoc } from '../../cloudfunctions/shared/model';
import { fileIdFor } from '../storage';
import { DEMO_CAST } from './demo-cast';
import { DEMO_DEALS, DemoDeal } from './demo-deals';
import type { SeedIds } from './index';
import { put } from './put';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export async function seedCatalogue(db: Database, ids: SeedIds, at: Date): Promise<void> {
  for (const demo of DEMO_DEALS) {
    const image = fileIdFor(`products/${demo.slug}.png`);
    const product: ProductDoc = {
      _id: ids(`product:${demo.slug}`),
      name: demo.title,
      summary: demo.subtitle,
      description: demo.description,
      image,
      images: [image],
      tags: demo.tags,
      createdAt: at,
    };
    await put(db, 'products', product);
    await put(db, 'deals', dealDoc(demo, product, at, ids));
  }
  for (const group of openGroups(ids, at)) {
    await put(db, 'groups', group);
  }
}

function dealDoc(demo: DemoDeal, product: ProductDoc, at: Date, ids: SeedIds): Omit<DealDoc, '_id'> & { _id: string } {
  return {
    _id: ids(`deal:${demo.slug}`),
    productId: product._id,
    title: demo.title,
    subtitle: demo.subtitle,
    image: product.image,
    images: product.images,
    description: demo.description,
    groupPriceFen: demo.groupPriceFen,
    soloPriceFen: demo.soloPriceFen,
    groupSize: demo.groupSize,
    timeLimitMinutes: demo.timeLimitMinutes,
    perUserLimit: demo.perUserLimit,
    stockInitial: demo.stock,
    stockLeft: demo.stock,
    stockReserved: 0,
    stockSold: 0,
    startAt: new Date(at.getTime() + demo.startsInDays * DAY),
    endAt: new Date(at.getTime() + demo.endsInDays * DAY),
    autoComplete: demo.autoComplete,
    commissionBps: 1500,
    status: 'active',
    tags: demo.tags,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Groups waiting for members, led by demo users.
 * TODO(issue 3): create these through startGroup + payment so they carry real orders.
 */
function openGroups(ids: SeedIds, at: Date): GroupDoc[] {
  const person = (openid: string) => DEMO_CAST.find((c) => c.openid === openid)!;
  const member = (openid: string, minutesAgo: number) => ({
    openid,
    nickname: person(openid).nickname,
    avatar: fileIdFor(`avatars/${person(openid).avatar}.png`),
    paid: true,
    joinedAt: new Date(at.getTime() - minutesAgo * 60_000),
  });
  const group = (slug: string, size: number, members: ReturnType<typeof member>[], hoursLeft: number): GroupDoc => ({
    _id: ids(`group:${slug}:${members[0].openid}`),
    dealId: ids(`deal:${slug}`),
    leaderOpenid: members[0].openid,
    size,
    seatsTaken: members.length,
    paidCount: members.length,
    status: 'open',
    members,
    createdAt: members[0].joinedAt,
    openedAt: members[0].joinedAt,
    expiresAt: new Date(at.getTime() + hoursLeft * HOUR),
  });
  return [
    group('morning-bowl', 3, [member('demo-qing', 90)], 22.5),
    group('morning-bowl', 3, [member('demo-mumu', 300), member('demo-tiantian', 120)], 19),
    group('cold-press-juice', 5, [member('demo-tiantian', 200), member('demo-qing', 60)], 20.7),
    group('grain-box', 10, [member('demo-officer', 600), member('demo-mumu', 500), member('demo-qing', 420)], 38),
  ];
}
