import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_FULFILMENT_CONFIG, FulfilmentConfig } from '../../shared/domain/delivery';

export const FULFILMENT_CONFIG_ID = 'fulfilment';

/** The brand's fulfilment settings (auto-receipt and after-sale days), over the defaults. */
export async function fulfilmentConfig(db: Database): Promise<FulfilmentConfig> {
  const saved = await getDoc<Partial<FulfilmentConfig> & { _id?: string }>(db, 'config', FULFILMENT_CONFIG_ID);
  const { _id, ...values } = saved ?? {};
  return { ...DEFAULT_FULFILMENT_CONFIG, ...values };
}
