import type { Database } from '../../shared/runtime/cloud';
import type { DealDoc, EventDoc, EventSignupDoc, OrderDoc, ProductDoc, UserDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { Aggregate, aggregateFew, JoinedRow, joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { insertOnce } from '../../shared/runtime/documents';
import { newUser } from '../../shared/runtime/users';
import { signupIdOf } from '../../partner/flows/events';
import { ContestDoc, contestCarriedIn, contestOpen, unendedContests } from './contests';
import type { PostDoc } from './posts';

const EFFECTIVE: OrderDoc['status'][] = ['effective', 'completed'];

export interface NewPostInput {
  postId: string;
  retry: boolean;
  text: string;
  topic?: string;
  orderId?: string;
  productId?: string;
  contestId?: string;
  eventId?: string;
}

/** What a new post needs, checked: its author, its tie, contest and event; or the post a retry made before. */
export type NewPostFacts =
  | { again: PostDoc }
  | {
      again: null;
      me: Pick<UserDoc, 'nickname' | 'avatar' | 'tier'>;
      tie: Pick<PostDoc, 'orderId' | 'verified' | 'product'>;
      contest: ContestDoc | null;
      event: EventDoc | null;
    };

/**
 * Everything a new post needs in one round trip: an aggregate from the author's profile
 * joined to the post a retry made, the order it is tied to (with its deal and product)
 * or the product (with its active deal), the contest it enters (or those it may carry
 * the topic of) and the event it is tagged with, with the author's sign-up. Someone
 * without a profile yet gets one first (then it takes three more).
 */
export async function readNewPost(db: Database, openid: string, input: NewPostInput, now: Date): Promise<NewPostFacts> {
  const stages: object[] = [];
  const lookup = (stage: object) => stages.push({ $lookup: stage });
  if (input.retry) lookup(lookupById('posts', input.postId, 'again'));
  if (input.orderId) {
    lookup(lookupById('orders', input.orderId, 'order'));
    stages.push({ $addFields: { tieDealId: { $arrayElemAt: ['$order.dealId', 0] } } });
    lookup({ from: 'deals', localField: 'tieDealId', foreignField: '_id', as: 'tieDeal' });
    stages.push({ $addFields: { tieProductId: { $arrayElemAt: ['$tieDeal.productId', 0] } } });
    lookup({ from: 'products', localField: 'tieProductId', foreignField: '_id', as: 'tieProduct' });
  } else if (input.productId) {
    lookup(lookupById('products', input.productId, 'tieProduct'));
    lookup({ from: 'deals', pipeline: [{ $match: { productId: input.productId, status: 'active' } }, { $sort: { startAt: -1 } }, { $limit: 1 }], as: 'tieDeal' });
  }
  lookup(input.contestId ? lookupById('contests', input.contestId, 'contest') : unendedContests(now, 'contests'));
  if (input.eventId) {
    lookup(lookupById('events', input.eventId, 'event'));
    lookup(lookupById('eventSignups', signupIdOf(input.eventId, openid), 'signup'));
  }
  const read = () => aggregateFew<JoinedRow>(db, 'users', (agg) => stages.reduce<Aggregate>((a, stage) => applyStage(a, stage), agg.match({ _id: openid })), 1);
  let [row] = await read();
  if (!row) {
    await insertOnce(db, 'users', newUser(openid, now));
    [row] = await read();
  }
  // A retry answers the post its first call stored, whatever changed since.
  const again = joinedOne<PostDoc>(row, 'again');
  if (again) return { again };
  const me = (row ?? newUser(openid, now)) as unknown as UserDoc;
  return {
    again: null,
    me: { nickname: me.nickname, avatar: me.avatar, tier: me.tier },
    tie: tieOf(row, openid, input),
    contest: contestOf(row, input, now),
    event: eventOf(row, input),
  };
}

function applyStage(agg: Aggregate, stage: object): Aggregate {
  const { $lookup, $addFields } = stage as { $lookup?: object; $addFields?: object };
  return $lookup ? agg.lookup($lookup) : agg.addFields($addFields!);
}

/** The order (已购认证) or product a post is tied to; someone else's order is not found. */
function tieOf(row: JoinedRow | null, openid: string, input: NewPostInput): Pick<PostDoc, 'orderId' | 'verified' | 'product'> {
  if (input.orderId) {
    const order = joinedOne<OrderDoc>(row, 'order');
    if (!order || order.openid !== openid) throw new AppError('NOT_FOUND', '订单不存在');
    if (!EFFECTIVE.includes(order.status)) throw new AppError('ORDER_STATE', '拼团成功后的订单才能认证晒单');
    const deal = joinedOne<DealDoc>(row, 'tieDeal');
    const product = deal ? joinedOne<ProductDoc>(row, 'tieProduct') : null;
    return {
      orderId: input.orderId,
      verified: true,
      product: product ? { productId: product._id, name: product.name, image: product.image, dealId: order.dealId } : null,
    };
  }
  if (!input.productId) return { orderId: null, verified: false, product: null };
  const product = joinedOne<ProductDoc>(row, 'tieProduct');
  if (!product) throw new AppError('NOT_FOUND', '商品不存在');
  const deal = joinedOne<DealDoc>(row, 'tieDeal');
  return { orderId: null, verified: false, product: { productId: product._id, name: product.name, image: product.image, dealId: deal?._id ?? null } };
}

/** The contest a new post enters: the one it was sent to (open for entries), or the open one whose topic it carries. */
function contestOf(row: JoinedRow | null, input: NewPostInput, now: Date): ContestDoc | null {
  if (!input.contestId) return contestCarriedIn(((row?.contests ?? []) as (ContestDoc | null)[]).filter((c): c is ContestDoc => Boolean(c)), { topic: input.topic || null, text: input.text }, now);
  const contest = joinedOne<ContestDoc>(row, 'contest');
  if (!contest) throw new AppError('NOT_FOUND', '活动不存在');
  if (!contestOpen(contest, now)) throw new AppError('INVALID_ARGUMENT', '活动不在征集时间内');
  return contest;
}

/** The event a new post is tagged with: only a member who was checked in there may tag it. */
function eventOf(row: JoinedRow | null, input: NewPostInput): EventDoc | null {
  if (!input.eventId) return null;
  const event = joinedOne<EventDoc>(row, 'event');
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  if (joinedOne<EventSignupDoc>(row, 'signup')?.status !== 'attended') throw new AppError('FORBIDDEN', '参加（签到）过这个活动才能为它晒单');
  return event;
}
