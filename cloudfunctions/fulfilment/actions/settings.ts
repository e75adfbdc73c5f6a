import { z } from 'zod';
import type { FulfilmentConfig } from '../../shared/domain/delivery';
import { action } from '../../shared/runtime/router';
import { FULFILMENT_CONFIG_ID, fulfilmentConfig } from '../flows/config';

const settingsSchema = z.object({
  autoReceiveDays: z.number().int().min(1, '自动收货至少 1 天').max(30, '自动收货最多 30 天'),
  afterSaleDays: z.number().int().min(0).max(30, '售后期最多 30 天'),
});

/** 履约设置: days until a shipped order is received by itself, and the after-sale window. */
export const settings = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db }): Promise<FulfilmentConfig> {
    return fulfilmentConfig(db);
  },
});

export const saveSettings = action({
  admin: true,
  input: settingsSchema,
  async handler(values, { db }): Promise<FulfilmentConfig> {
    await db.collection('config').doc(FULFILMENT_CONFIG_ID).set(values);
    return fulfilmentConfig(db);
  },
});
