import { z } from 'zod';
import type { AdminRefundView } from '../../shared/api';
import type { OrderDoc, RefundDoc } from '../../shared/model';
import { action } from '../../shared/runtime/router';
import { docsByIds } from '../../shared/runtime/documents';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { pageByTime } from '../../shared/runtime/paging';
import { memberNicknames } from '../../shared/runtime/users';
import { paymentProvider } from '../../shared/providers/payment';
import { resolveAbnormalRefund } from '../../groupbuy/flows/refund-attention';
import type { Database } from '../../shared/runtime/cloud';

/** 退款异常: refunds the payment platform could not complete (ABNORMAL / CLOSED), newest first, and how many wait. */
export const refundsNeedingAttention = action({
  admin: true,
  input: z.object({ cursor: cursorSchema }),
  async handler({ cursor }, { db }): Promise<{ items: AdminRefundView[]; count: number; cursor?: string }> {
    const [page, counted] = await Promise.all([
      pageByTime<RefundDoc>(db, 'refunds', { status: 'abnormal' }, 'abnormalAt', cursor, 30),
      db.collection('refunds').where({ status: 'abnormal' }).count(),
    ]);
    return { items: await adminRefundViews(db, page.items), count: counted.total ?? 0, ...(page.cursor ? { cursor: page.cursor } : {}) };
  },
});

/**
 * Decides one abnormal refund: `retry` sends a CLOSED one again under a new refund number
 * (after the merchant account was topped up); `offline` records that it was handled
 * outside (商户平台 交易中心, or paid back another way) with a note, and the order becomes 已退款.
 */
export const resolveRefund = action({
  admin: true,
  input: z.object({ refundId: idSchema, resolution: z.enum(['retry', 'offline']), note: z.string().trim().max(200) })
    .refine((v) => v.resolution !== 'offline' || v.note.length >= 2, { message: '请写明线下如何处理的（至少 2 个字）', path: ['note'] }),
  async handler({ refundId, resolution, note }, { db, openid, now }): Promise<{ refund: AdminRefundView }> {
    const refund = await resolveAbnormalRefund(db, paymentProvider(), refundId, { kind: resolution, note }, openid, now);
    return { refund: (await adminRefundViews(db, [refund]))[0] };
  },
});

async function adminRefundViews(db: Database, refunds: RefundDoc[]): Promise<AdminRefundView[]> {
  const [orders, nicknames] = await Promise.all([
    docsByIds<OrderDoc>(db, 'orders', refunds.map((r) => r.orderId)),
    memberNicknames(db, refunds.map((r) => r.openid)),
  ]);
  return refunds.map((r) => ({
    refundId: r._id,
    orderId: r.orderId,
    title: orders.get(r.orderId)?.title ?? '',
    buyerNickname: nicknames.get(r.openid) ?? '',
    amountFen: r.amountFen,
    reason: r.reason,
    status: r.status,
    platformStatus: r.platformStatus ?? null,
    abnormalAt: new Date(r.abnormalAt ?? r.updatedAt).toISOString(),
    resolution: r.resolution ? { kind: r.resolution.kind, note: r.resolution.note, at: new Date(r.resolution.at).toISOString() } : null,
  }));
}
