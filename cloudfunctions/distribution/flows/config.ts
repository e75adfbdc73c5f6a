import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_DISTRIBUTION_CONFIG, DistributionConfig } from '../../shared/domain/distribution';

export const CONFIG_ID = 'distribution';

/** The brand's distribution settings (an admin edits them), over the defaults. */
export async function distributionConfig(db: Database): Promise<DistributionConfig> {
  return configOf(await getDoc<Partial<DistributionConfig>>(db, 'config', CONFIG_ID));
}

/** The settings from their stored document (none: the defaults). */
export function configOf(saved: Partial<DistributionConfig> | null | undefined): DistributionConfig {
  const { _id, ...values } = (saved ?? {}) as Partial<DistributionConfig> & { _id?: string };
  return { ...DEFAULT_DISTRIBUTION_CONFIG, ...values };
}
