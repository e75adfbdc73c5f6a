import { z } from 'zod';
import type { DistributionSettings, OrderStatus } from '../../shared/api';
import type { OrderDoc } from '../../shared/model';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { idSchema } from '../../shared/runtime/schemas';
import { paymentProvider } from '../../shared/providers/payment';
import { CONFIG_ID, distributionConfig } from '../../distribution/flows/config';
import { refundOrder as refund } from '../../groupbuy/flows/refund';

const settingsSchema = z.object({
  defaultRateBps: z.number().int().min(0).max(5000),
  bindingDays: z.number().int().min(1).max(365),
  minWithdrawFen: z.number().int().min(30).max(2_000_000),
  maxWithdrawalsPerDay: z.number().int().min(1).max(50),
});

export const distributionSettings = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db }): Promise<DistributionSettings> {
    return distributionConfig(db);
  },
});

/** The distribution settings in one place: commission rate for new deals, binding days, withdrawal limits (commission timing follows the after-sale window). */
export const saveDistributionSettings = action({
  admin: true,
  input: settingsSchema,
  async handler(settings, { db }): Promise<DistributionSettings> {
    await db.collection('config').doc(CONFIG_ID).set(settings);
    return distributionConfig(db);
  },
});

/** Refund of a paid, effective or completed order by the brand; its commission is cancelled or reversed. */
export const refundOrder = action({
  admin: true,
  input: z.object({ orderId: idSchema, reason: z.string().trim().min(2).max(80) }),
  async handler({ orderId, reason }, { db, now }): Promise<{ status: OrderStatus }> {
    const order = await getDoc<OrderDoc>(db, 'orders', orderId);
    if (!order) throw new AppError('NOT_FOUND');
    if (!['paid', 'effective', 'completed'].includes(order.status)) throw new AppError('ORDER_STATE', '只有已支付的订单可以退款');
    await refund(db, paymentProvider(), orderId, reason, now);
    return { status: (await getDoc<OrderDoc>(db, 'orders', orderId))!.status };
  },
});
