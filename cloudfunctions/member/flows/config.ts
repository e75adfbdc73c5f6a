import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_MEMBER_CONFIG, MemberConfig } from '../../shared/domain/growth';

export const MEMBER_CONFIG_ID = 'member';

/** The brand's growth settings (thresholds, reward tables), over the defaults. */
export async function memberConfig(db: Database): Promise<MemberConfig> {
  const saved = await getDoc<Partial<MemberConfig> & { _id?: string }>(db, 'config', MEMBER_CONFIG_ID);
  const { _id, ...values } = saved ?? {};
  return { ...DEFAULT_MEMBER_CONFIG, ...values };
}
