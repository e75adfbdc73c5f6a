import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_DISTRIBUTION_CONFIG, DistributionConfig } from '../../shared/domain/distribution';

export const CONFIG_ID = 'distribution';

/** The brand's distribution settings (an admin edits them), over the defaults. */
export async function distributionConfig(db: Database): Promise<DistributionConfig> {
  const saved = await getDoc<Partial<DistributionConfig>>(db, 'config', CONFIG_ID);
  const { _id, ...values } = (saved ?? {}) as Partial<DistributionConfig> & { _id?: string };
  return { ...DEFAULT_DISTRIBUTION_CONFIG, ...values };
}
