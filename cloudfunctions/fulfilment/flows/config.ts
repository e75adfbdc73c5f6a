import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_FULFILMENT_CONFIG, FulfilmentConfig } from '../../shared/domain/delivery';

export const FULFILMENT_CONFIG_ID = 'fulfilment';

/** The brand's fulfilment settings (auto-receipt and after-sale days), over the defaults. */
export async function fulfilmentConfig(db: Database): Promise<FulfilmentConfig> {
  return fulfilmentConfigOf(await getDoc<Partial<FulfilmentConfig> & { _id?: string }>(db, 'config', FULFILMENT_CONFIG_ID));
}

/** The settings from their saved document (as a read joined it: `lookupById('config', FULFILMENT_CONFIG_ID, ...)`), over the defaults. */
export function fulfilmentConfigOf(saved: (Partial<FulfilmentConfig> & { _id?: string }) | null): FulfilmentConfig {
  const { _id, ...values } = saved ?? {};
  return { ...DEFAULT_FULFILMENT_CONFIG, ...values };
}
