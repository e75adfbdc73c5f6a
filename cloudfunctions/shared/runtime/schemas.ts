import { z } from 'zod';

/** Shapes of inputs that many actions share. */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, '格式不正确');
export const quantitySchema = z.number().int().min(1).max(99).default(1);
/** A distribution code from a share card; an unknown code is ignored, a malformed one refused. */
export const codeSchema = z.string().max(32).regex(/^[A-Za-z0-9]*$/, '格式不正确').optional();
export const cursorSchema = z.string().max(200).optional();

const chosenId = (message: string) => z.string({ error: message }).min(1, message).max(64).regex(/^[A-Za-z0-9_-]+$/, message);
/** The shopper's choice at checkout (快递到家 to a saved address, 团长自提 at a point); required. */
export const deliverySchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('express'), addressId: chosenId('请选择收货地址') }),
    z.object({ mode: z.literal('pickup'), pointId: chosenId('请选择自提点') }),
  ],
  { error: '请选择收货方式：快递到家或团长自提' },
);
