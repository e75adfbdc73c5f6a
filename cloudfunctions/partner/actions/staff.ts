import { z } from 'zod';
import type { CodeLookupView, InvitationPreview, PartnerConsoleView, PartnerView } from '../../shared/api';
import type { PartnerDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { insertOnce } from '../../shared/runtime/documents';
import { newUser } from '../../shared/runtime/users';
import { idSchema } from '../../shared/runtime/schemas';
import { checkAtCounter } from '../../shared/verify-codes';
import { acceptInvitation as accept, partnersServedBy, previewInvitation as preview, readStaffCaller } from '../flows/staff';
import { partnerConsoleOf } from '../flows/figures';
import { partnerView } from '../flows/views';
import { ticketView } from '../flows/event-views';
import { counterMember, counterSignup, counterVoucher, counterVoucherView, partnerCounter } from '../flows/counter';
import { ticketOf } from '../flows/events';

const PICKUP_CODE = '这是自提取货码，请在自提点核销页使用';

/**
 * Staff, step 1 of 核销 or 签到: what a scanned or typed code stands for. Only
 * codes of the caller's partners are shown; a wrong code counts against the
 * hourly limit (verify-codes.ts). One round trip (counter.ts).
 */
export const lookupCode = action({
  input: z.object({ code: z.string().trim().min(1, '请输入券码或票码').max(64) }),
  async handler({ code }, ctx): Promise<CodeLookupView> {
    const { db, now } = ctx;
    const { read, who } = await partnerCounter(ctx, code);
    const found = await checkAtCounter(db, read, who, now).catch((err: unknown) => {
      // Only a pickup code answers WRONG_POINT (vouchers and tickets say WRONG_PARTNER); it was counted as a wrong code.
      throw err instanceof AppError && err.code === 'WRONG_POINT' ? new AppError('NOT_FOUND', PICKUP_CODE) : err;
    });
    if (found.kind === 'voucher') return { kind: 'voucher', voucher: counterVoucherView(read, counterVoucher(read), now) };
    if (found.kind === 'ticket') {
      const { event, signup, round } = await ticketOf(db, found, counterSignup(read));
      return { kind: 'ticket', ticket: ticketView(event, round === signup.round ? signup : { ...signup, status: 'cancelled' }, counterMember(read)) };
    }
    throw new AppError('NOT_FOUND', PICKUP_CODE);
  },
});

/** The partner console: figures from records, latest redemptions and check-ins, its events. Four round trips: who asks, then figures.ts. */
export const partnerConsole = action({
  input: z.object({ partnerId: idSchema.optional() }),
  async handler({ partnerId }, { db, openid, now, user }): Promise<PartnerConsoleView> {
    const { allowed } = await readStaffCaller(db, openid, user);
    const id = partnerId ?? allowed?.[0];
    if (!id) throw new AppError('INVALID_ARGUMENT', '请选择合作伙伴');
    if (allowed && !allowed.includes(id)) throw new AppError('FORBIDDEN', '你不是这家合作伙伴的店员');
    const view = await partnerConsoleOf(db, id, openid, now);
    if (!view) throw new AppError('NOT_FOUND', '合作伙伴不存在');
    return view;
  },
});

/** The partners the caller serves (the brand: every active one), to choose one in the console. */
export const myPartners = action({
  input: z.object({}),
  async handler(_input, { db, openid, user }): Promise<{ items: PartnerView[] }> {
    const partners = (await user()).isAdmin
      ? ((await db.collection('partners').where({ active: true }).orderBy('createdAt', 'desc').limit(200).get()).data as PartnerDoc[])
      : await partnersServedBy(db, openid);
    return { items: partners.map(partnerView) };
  },
});

/** Whoever opens an invitation becomes staff of its partner; the token then stops working for anyone else. */
export const acceptInvitation = action({
  input: z.object({ token: z.string().trim().max(200) }),
  async handler({ token }, { db, openid, now }): Promise<{ partner: PartnerView }> {
    const partner = await accept(db, token.toLowerCase(), openid, now);
    await insertOnce(db, 'users', newUser(openid, now)); // staff are listed by nickname: the profile exists from here on (false: it did)
    return { partner: partnerView(partner) };
  },
});

/** The join page before 加入: which partner, until when, and whether the invitation still works. Writes nothing. */
export const previewInvitation = action({
  input: z.object({ token: z.string().trim().max(200) }),
  async handler({ token }, { db, now }): Promise<InvitationPreview> {
    const { invite, partner, status } = await preview(db, token.toLowerCase(), now);
    return { partner: partnerView(partner), expiresAt: new Date(invite.expiresAt).toISOString(), status };
  },
});
