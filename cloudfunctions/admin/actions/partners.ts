import { z } from 'zod';
import type { AdminPartnerView, PartnerInvitationView, PerkView } from '../../shared/api';
import type { PartnerDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { PARTNER_KIND_LABELS, PartnerKind } from '../../shared/domain/partner';
import { adminPartnerView, adminPartnerViews, invitationView, savePartner as save } from '../../partner/flows/partners';
import { createInvitation } from '../../partner/flows/staff';
import { perkViews, savePerk as savePerkFlow } from '../../partner/flows/perks';

/** 合作伙伴: every partner, active first, newest first. */
export const listPartners = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db, now }): Promise<{ items: AdminPartnerView[] }> {
    const res = await db.collection('partners').orderBy('active', 'desc').orderBy('createdAt', 'desc').limit(200).get();
    return { items: await adminPartnerViews(db, res.data as PartnerDoc[], now) };
  },
});

export const getPartner = action({
  admin: true,
  input: z.object({ partnerId: idSchema }),
  async handler({ partnerId }, { db, now }): Promise<{ partner: AdminPartnerView }> {
    return { partner: await adminPartnerView(db, partnerId, now) };
  },
});

const text = (max: number, missing: string, tooLong: string) => z.string().trim().min(1, missing).max(max, tooLong);
const optional = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).default('');

const partnerSchema = z.object({
  partnerId: idSchema.optional(),
  name: text(30, '请填写合作伙伴名称', '名称最多 30 字'),
  kind: z.enum(Object.keys(PARTNER_KIND_LABELS) as [PartnerKind, ...PartnerKind[]], { error: '请选择类型：瑜伽馆、咖啡馆、供应商、营养师或其他' }),
  address: text(100, '请填写地址', '地址最多 100 字'),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullable().default(null),
  hours: optional(40, '营业时间最多 40 字'),
  logo: optional(300, '图片地址太长'),
  intro: optional(500, '介绍最多 500 字'),
  phone: z.string().trim().regex(/^[0-9+\- ]{0,20}$/, '电话只能是数字').default(''),
  active: z.boolean().default(true),
});

/** Adds a partner (its staff join by invitation) or edits one. */
export const savePartner = action({
  admin: true,
  input: partnerSchema,
  async handler(input, { db, now }): Promise<{ partner: AdminPartnerView }> {
    return { partner: await adminPartnerView(db, await save(db, input, now), now) };
  },
});

/** A one-time invitation link (and token) to the partner's staff; it works once, for INVITATION_HOURS. */
export const invitePartnerStaff = action({
  admin: true,
  input: z.object({ partnerId: idSchema }),
  async handler({ partnerId }, { db, openid, now }): Promise<{ invitation: PartnerInvitationView }> {
    if (!(await getDoc(db, 'partners', partnerId))) throw new AppError('NOT_FOUND', '合作伙伴不存在');
    return { invitation: invitationView(await createInvitation(db, partnerId, openid, now)) };
  },
});

export const removePartnerStaff = action({
  admin: true,
  input: z.object({ partnerId: idSchema, openid: idSchema }),
  async handler({ partnerId, openid }, { db, now }): Promise<{ partner: AdminPartnerView }> {
    if (!(await getDoc(db, 'partners', partnerId))) throw new AppError('NOT_FOUND', '合作伙伴不存在');
    await db.collection('partners').doc(partnerId).update({ staff: db.command.pull(openid), updatedAt: now });
    return { partner: await adminPartnerView(db, partnerId, now) };
  },
});

const MAX_VOUCHERS = 100_000;
const MAX_PER_MEMBER = 100;

const validitySchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('days'), days: z.number().int('有效天数需是整数').min(1, '有效期至少 1 天').max(365, '有效期最多 365 天') }),
    z.object({ mode: z.literal('until'), until: z.iso.datetime({ offset: true, error: '请选择有效期截止时间' }) }),
  ],
  { error: '请选择有效期：领取后若干天，或截止到某天' },
);

const perkSchema = z
  .object({
    perkId: idSchema.optional(),
    dealId: z.string({ error: '请选择商品' }).pipe(idSchema),
    partnerId: z.string({ error: '请选择合作伙伴' }).pipe(idSchema),
    service: text(30, '请填写权益内容，例如：一节瑜伽体验课', '权益内容最多 30 字'),
    terms: optional(300, '使用说明最多 300 字'),
    total: z.number().int('总数需是整数').min(1, '总数至少 1 张').max(MAX_VOUCHERS, `总数最多 ${MAX_VOUCHERS} 张`),
    validity: validitySchema,
    perMember: z.number().int('每人限领需是整数').min(1, '每人至少可领 1 张').max(MAX_PER_MEMBER, `每人最多限领 ${MAX_PER_MEMBER} 张`),
    active: z.boolean().default(true),
  })
  .refine((p) => p.perMember <= p.total, { message: '每人限领不能超过总数', path: ['perMember'] });

/** Attaches a perk to a deal (buy it → a voucher for the partner's service), or edits one. */
export const savePerk = action({
  admin: true,
  input: perkSchema,
  async handler(input, { db, now }): Promise<{ perk: PerkView }> {
    if (input.validity.mode === 'until' && Date.parse(input.validity.until) <= now.getTime()) {
      throw new AppError('INVALID_ARGUMENT', '有效期截止时间需晚于现在');
    }
    const [perk] = await perkViews(db, [await savePerkFlow(db, input, now)]);
    return { perk };
  },
});
