/**
 * Verification codes (核销码), the one mechanism for everything a member shows to
 * staff: pickup codes, partner vouchers (卡券) and event tickets. A code is an
 * unguessable token (`verifyCodes/<token>`, the QR code) with a 6-digit short code
 * (`verifyShorts/<short>`, unique), issued once per (kind, ref) (`verifyRefs/<kind>_<ref>`),
 * redeemed once by staff of its place by one conditional update. Wrong codes are
 * counted per caller per Shanghai hour (`verifyAttempts/<openid>_<yyyymmddhh>`).
 */
import { randomBytes } from 'crypto';
import type { Database } from './runtime/cloud';
import type { UserDoc, VerifyAttemptDoc, VerifyCodeDoc, VerifyRefDoc, VerifyShortDoc } from './model';
import { Aggregate, aggregateFew, JoinedRow, joinedOne, lookupById, readJoined } from './runtime/aggregate';
import { AppError } from './runtime/app-error';
import { getDoc, insertOnce, updatedCount } from './runtime/documents';
import { newId } from './runtime/ids';
import { MAX_WRONG_CODES_PER_HOUR } from './domain/delivery';
import { attemptKey, readCode, RedeemRefusal, redeemRefusal, refKey, shortCodeFrom, SHORT_CODE_TRIES, VerifyKind } from './domain/verify-code';
import type { ErrorCode } from './errors';

export interface IssueRequest {
  kind: VerifyKind;
  ownerOpenid: string;
  /** The place whose staff may redeem it (a pickup point, a partner). */
  placeId: string;
  /** What it stands for (the order id of a pickup). */
  ref: string;
  expiresAt: Date | null;
}

/** Who is asking: an openid, and the places they serve (null: every place, the brand). */
export interface Redeemer {
  openid: string;
  allowedPlaceIds: readonly string[] | null;
}

/** A claim with its code beside it (`code`: none or one), by the claim's key. */
const claimWithCode = (db: Database, key: string) => readJoined(db, 'verifyRefs', key, [{ from: 'verifyCodes', localField: 'token', foreignField: '_id', as: 'code' }]);

/**
 * Issues the code of (kind, ref), or answers the one issued before: a repeat never makes a
 * second code. A new code takes four round trips (the claim and its code read at once, the
 * short code, the claim, the code), a repeat one. `unclaimed`: the caller's own read just
 * showed no code for the ref, so the first claim read is skipped (three round trips); a claim
 * made meanwhile is still found (the claim insert fails, and the claim is read as usual).
 */
export async function issueCode(db: Database, req: IssueRequest, now: Date, opts: { unclaimed?: boolean } = {}): Promise<VerifyCodeDoc> {
  const key = refKey(req.kind, req.ref);
  for (let round = 0; round < 3; round++) {
    const found = round === 0 && opts.unclaimed ? null : await claimWithCode(db, key);
    if (found) {
      const claim: VerifyRefDoc = { _id: key, token: found.token as string, short: found.short as string, createdAt: found.createdAt as Date };
      return joinedOne<VerifyCodeDoc>(found, 'code') ?? writeCode(db, claim, req, now);
    }
    const token = newId();
    const short = await reserveShort(db, token, now);
    const claim: VerifyRefDoc = { _id: key, token, short, createdAt: now };
    if (await insertOnce(db, 'verifyRefs', claim)) return writeCode(db, claim, req, now);
    await db.collection('verifyShorts').doc(short).remove(); // another call issued it first: give the short code back
  }
  throw new Error(`could not issue a code for ${key}`);
}

/** Writes the code document of a claim (a call that died between the claim and the code is finished here); written first by a concurrent call: theirs. */
async function writeCode(db: Database, claim: VerifyRefDoc, req: IssueRequest, now: Date): Promise<VerifyCodeDoc> {
  const doc: VerifyCodeDoc = {
    _id: claim.token,
    short: claim.short,
    kind: req.kind,
    ownerOpenid: req.ownerOpenid,
    placeId: req.placeId,
    ref: req.ref,
    status: 'active',
    expiresAt: req.expiresAt,
    usedAt: null,
    usedBy: null,
    createdAt: now,
  };
  if (await insertOnce(db, 'verifyCodes', doc)) return doc;
  return (await getDoc<VerifyCodeDoc>(db, 'verifyCodes', claim.token))!;
}

/** Takes a random short code nobody holds, by inserting it under its own `_id`. */
async function reserveShort(db: Database, token: string, now: Date): Promise<string> {
  for (let i = 0; i < SHORT_CODE_TRIES; i++) {
    const short = shortCodeFrom(randomBytes(4));
    const doc: VerifyShortDoc = { _id: short, token, createdAt: now };
    if (await insertOnce(db, 'verifyShorts', doc)) return short;
  }
  throw new Error('no free short code after several tries');
}

/** The code of (kind, ref), if one was issued. */
export async function codeOf(db: Database, kind: VerifyKind, ref: string): Promise<VerifyCodeDoc | null> {
  return joinedOne<VerifyCodeDoc>(await claimWithCode(db, refKey(kind, ref)), 'code');
}

/** What the caller of a counter action is: their openid, and their profile made on first use (the router's user()). */
export interface CounterCaller {
  openid: string;
  user(): Promise<UserDoc>;
}

/** Whom a counter serves: a lookup stage that finds the places the caller serves, and the words when they serve none. */
export interface CounterStaff {
  /** A $lookup stage (an object) answering the places `openid` serves (their `_id`s at least), as `as`. */
  places(openid: string, as: string): object;
  forbidden: string;
}

/** The code's fields joins may use: `counterCode.ref`, `counterCode.ownerOpenid`, `counterCode.placeId` (arrays of none or one). */
export const COUNTER_CODE = 'counterCode';
const COUNTER_FIELDS = ['counterPlaces', 'counterAttempts', 'counterShort', COUNTER_CODE] as const;

/** Everything a counter action needs, read in one round trip (see readAtCounter). */
export interface CounterRead {
  user: UserDoc;
  /** The places the caller serves; null for the brand (every place). */
  places: string[] | null;
  /** Wrong codes the caller entered this hour. */
  wrongCodes: number;
  /** The code entered (by token or short code); null for none. */
  code: VerifyCodeDoc | null;
  /** The row with the caller's joins (`joinedOne(read.row, 'order')`). */
  row: JoinedRow;
}

/**
 * What staff scanned or typed, with everything the action needs, in ONE round trip: an
 * aggregate from the caller's profile joining the places they serve, their wrong codes this
 * hour, the code (by token, or by short code through `verifyShorts`), and what `join` adds
 * from the code (`localField: 'counterCode.ref'` and so on). A caller without a profile gets
 * one first (one more round trip, as the router's user() would).
 */
export async function readAtCounter(db: Database, input: string, caller: CounterCaller, staff: CounterStaff, now: Date, join: (agg: Aggregate) => Aggregate = (agg) => agg): Promise<CounterRead> {
  const read = readCode(input);
  const pipeline = (agg: Aggregate): Aggregate => {
    let a = agg
      .match({ _id: caller.openid })
      .lookup(staff.places(caller.openid, 'counterPlaces'))
      .lookup(lookupById('verifyAttempts', attemptKey(caller.openid, now), 'counterAttempts'));
    if (read && 'token' in read) a = a.lookup(lookupById('verifyCodes', read.token, COUNTER_CODE));
    if (read && 'short' in read) {
      a = a
        .lookup(lookupById('verifyShorts', read.short, 'counterShort'))
        .lookup({ from: 'verifyCodes', localField: 'counterShort.token', foreignField: '_id', as: COUNTER_CODE });
    }
    return join(a);
  };
  let row = (await aggregateFew<JoinedRow>(db, 'users', pipeline, 1))[0];
  if (!row) {
    await caller.user();
    row = (await aggregateFew<JoinedRow>(db, 'users', pipeline, 1))[0];
    if (!row) throw new Error(`no profile for ${caller.openid}`);
  }
  const user = { ...row } as Record<string, unknown>;
  for (const field of COUNTER_FIELDS) delete user[field];
  const me = user as unknown as UserDoc;
  return {
    user: me,
    places: me.isAdmin ? null : ((row.counterPlaces as { _id: string }[] | undefined) ?? []).map((p) => p._id),
    wrongCodes: joinedOne<VerifyAttemptDoc>(row, 'counterAttempts')?.count ?? 0,
    code: joinedOne<VerifyCodeDoc>(row, COUNTER_CODE),
    row,
  };
}

/** The caller as a redeemer; FORBIDDEN when they serve no place (before anything about the code is told or counted). */
export function redeemerOf(read: CounterRead, staff: Pick<CounterStaff, 'forbidden'>): Redeemer {
  if (read.places && !read.places.length) throw new AppError('FORBIDDEN', staff.forbidden);
  return { openid: read.user._id, allowedPlaceIds: read.places };
}

/**
 * The code staff entered, before handing anything over: NOT_FOUND for an unknown
 * code (or one of another kind) and WRONG_POINT for another place's, each counted
 * as a wrong guess; past MAX_WRONG_CODES_PER_HOUR the caller is refused, even a
 * right code, for the hour.
 */
export async function checkAtCounter(db: Database, read: CounterRead, who: Redeemer, now: Date, kind?: VerifyKind): Promise<VerifyCodeDoc> {
  if (read.wrongCodes >= MAX_WRONG_CODES_PER_HOUR) throw new AppError('TOO_MANY_ATTEMPTS');
  const { code } = read;
  if (!code || (kind && code.kind !== kind)) {
    await countWrongGuess(db, who.openid, now);
    throw new AppError('NOT_FOUND', '没有找到这个码，请核对后重试');
  }
  if (redeemRefusal(code, who.allowedPlaceIds, now) === 'WRONG_POINT') {
    await countWrongGuess(db, who.openid, now);
    refuse(code.kind, 'WRONG_POINT');
  }
  return code;
}

/**
 * Redeems a checked code once: one conditional update (`active` at its place → `used`),
 * so of any number of concurrent calls exactly one wins; the others get CODE_USED
 * (or their kind's words), told from the code read again.
 */
export async function redeemChecked(db: Database, code: VerifyCodeDoc, who: Redeemer, now: Date): Promise<VerifyCodeDoc> {
  refuse(code.kind, redeemRefusal(code, who.allowedPlaceIds, now));
  const res = await db
    .collection('verifyCodes')
    .where({ _id: code._id, status: 'active', placeId: code.placeId })
    .update({ status: 'used', usedAt: now, usedBy: who.openid });
  if (updatedCount(res) !== 1) {
    refuse(code.kind, redeemRefusal((await getDoc<VerifyCodeDoc>(db, 'verifyCodes', code._id))!, who.allowedPlaceIds, now));
    refuse(code.kind, 'CODE_USED');
  }
  return { ...code, status: 'used', usedAt: now, usedBy: who.openid };
}

/** Each kind's words for a refusal: a pickup code, a partner's voucher, an event ticket. */
const REFUSALS: Record<VerifyKind, Record<RedeemRefusal, [ErrorCode, string?]>> = {
  pickup: {
    WRONG_POINT: ['WRONG_POINT'],
    CODE_USED: ['CODE_USED'],
    VOID: ['CODE_USED', '这个码已作废（订单已退款）'],
    EXPIRED: ['CODE_USED', '这个码已过期'],
  },
  voucher: {
    WRONG_POINT: ['WRONG_PARTNER'],
    CODE_USED: ['VOUCHER_USED'],
    VOID: ['VOUCHER_USED', '这张券已作废（订单已退款）'],
    EXPIRED: ['VOUCHER_EXPIRED'],
  },
  ticket: {
    WRONG_POINT: ['WRONG_PARTNER', '这张票不是你们门店的活动'],
    CODE_USED: ['CODE_USED', '这张票已经签到过了'],
    VOID: ['CODE_USED', '这张票已失效（报名已取消）'],
    EXPIRED: ['VOUCHER_EXPIRED', '活动已结束，不能再签到'],
  },
};

function refuse(kind: VerifyKind, refusal: RedeemRefusal | null): void {
  if (!refusal) return;
  const [code, message] = REFUSALS[kind][refusal];
  throw new AppError(code, message);
}

/** The code of (kind, ref) can no longer be redeemed (its order was refunded); a used code stays used. */
export async function voidCode(db: Database, kind: VerifyKind, ref: string): Promise<void> {
  await db.collection('verifyCodes').where({ ref, kind, status: 'active' }).update({ status: 'void' }); // one code per (kind, ref): verifyRefs
}

/** One more wrong code in the caller's hour, within the cap; at the cap, TOO_MANY_ATTEMPTS. */
async function countWrongGuess(db: Database, openid: string, now: Date): Promise<void> {
  const _ = db.command;
  const key = attemptKey(openid, now);
  const bump = () => db.collection('verifyAttempts').where({ _id: key, count: _.lt(MAX_WRONG_CODES_PER_HOUR) }).update({ count: _.inc(1) });
  if (updatedCount(await bump()) === 1) return;
  const first: VerifyAttemptDoc = { _id: key, count: 1, createdAt: now };
  if (await insertOnce(db, 'verifyAttempts', first)) return;
  if (updatedCount(await bump()) !== 1) throw new AppError('TOO_MANY_ATTEMPTS');
}
