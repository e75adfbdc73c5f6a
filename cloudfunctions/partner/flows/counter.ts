import type { StaffVoucherView } from '../../shared/api';
import type { DealDoc, EventDoc, EventSignupDoc, PartnerDoc, PerkDoc, UserDoc, VoucherDoc } from '../../shared/model';
import type { Aggregate } from '../../shared/runtime/aggregate';
import type { ActionContext } from '../../shared/runtime/router';
import { joinedOne } from '../../shared/runtime/aggregate';
import { AppError } from '../../shared/runtime/app-error';
import { CounterRead, CounterStaff, readAtCounter, Redeemer, redeemerOf } from '../../shared/verify-codes';
import { staffVoucherView } from './views';
import { servedBy, STAFF_ONLY } from './staff';

/**
 * The partner's counter (核销 and 签到): the code staff entered with everything its
 * voucher or ticket stands for, in one round trip (readAtCounter from the caller's
 * profile, then these joins from the code).
 */

/** A partner's staff redeem its vouchers and check in its tickets (the brand: any partner's). */
export const PARTNER_STAFF: CounterStaff = {
  places: servedBy,
  forbidden: STAFF_ONLY,
};

const codeField = (field: string) => ({ $ifNull: [{ $arrayElemAt: [`$counterCode.${field}`, 0] }, ''] });

/**
 * Joins from the code: a voucher (`ref` is its id) with its perk, deal and partner; a
 * ticket (`ref` is `<signupId>:<round>`) with its sign-up and event; the member who owns
 * it; and whether they visited the code's partner before (`partnerVisits/<placeId>_<openid>`).
 */
function codeJoins(agg: Aggregate): Aggregate {
  return agg
    .addFields({
      counterSignupId: { $arrayElemAt: [{ $split: [codeField('ref'), ':'] }, 0] },
      counterVisitId: { $concat: [codeField('placeId'), '_', codeField('ownerOpenid')] },
    })
    .lookup({ from: 'vouchers', localField: 'counterCode.ref', foreignField: '_id', as: 'voucher' })
    .lookup({ from: 'perks', localField: 'voucher.perkId', foreignField: '_id', as: 'perk' })
    .lookup({ from: 'deals', localField: 'voucher.dealId', foreignField: '_id', as: 'deal' })
    .lookup({ from: 'partners', localField: 'voucher.partnerId', foreignField: '_id', as: 'voucherPartner' })
    .lookup({ from: 'eventSignups', localField: 'counterSignupId', foreignField: '_id', as: 'signup' })
    .lookup({ from: 'events', localField: 'signup.eventId', foreignField: '_id', as: 'event' })
    .lookup({ from: 'users', localField: 'counterCode.ownerOpenid', foreignField: '_id', as: 'member' })
    .lookup({ from: 'partnerVisits', localField: 'counterVisitId', foreignField: '_id', as: 'visit' });
}

/** The code at the partner's counter and who is asking (FORBIDDEN for someone on no partner's staff). */
export async function partnerCounter(ctx: Pick<ActionContext, 'db' | 'openid' | 'now' | 'user'>, input: string): Promise<{ read: CounterRead; who: Redeemer }> {
  const read = await readAtCounter(ctx.db, input, ctx, PARTNER_STAFF, ctx.now, codeJoins);
  return { read, who: redeemerOf(read, PARTNER_STAFF) };
}

/** The voucher behind the code, as read; NOT_FOUND when there is none. */
export function counterVoucher(read: CounterRead): VoucherDoc {
  const voucher = joinedOne<VoucherDoc>(read.row, 'voucher');
  if (!voucher) throw new AppError('NOT_FOUND', '卡券不存在');
  return voucher;
}

/** What staff see of a voucher (`v`: as read, or as just redeemed). */
export function counterVoucherView(read: CounterRead, v: VoucherDoc, now: Date): StaffVoucherView {
  const { row } = read;
  return staffVoucherView(v, joinedOne<PerkDoc>(row, 'perk'), joinedOne<DealDoc>(row, 'deal'), joinedOne<PartnerDoc>(row, 'voucherPartner'), counterMember(read)?.nickname ?? '', now);
}

/** The member who owns the code. */
export const counterMember = (read: CounterRead) => joinedOne<UserDoc>(read.row, 'member');

/** The sign-up and event the read joined to the code (check them against the ticket's ref). */
export const counterSignup = (read: CounterRead) => ({ signup: joinedOne<EventSignupDoc>(read.row, 'signup'), event: joinedOne<EventDoc>(read.row, 'event') });

/** Whether the code's owner visited its partner before. */
export const counterVisited = (read: CounterRead) => joinedOne(read.row, 'visit') !== null;
