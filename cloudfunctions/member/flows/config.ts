import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { DEFAULT_MEMBER_CONFIG, MemberConfig } from '../../shared/domain/growth';

export const MEMBER_CONFIG_ID = 'member';

/** The brand's growth settings (thresholds, reward tables), over the defaults. */
export async function memberConfig(db: Database): Promise<MemberConfig> {
  return memberConfigOf(await getDoc<Partial<MemberConfig> & { _id?: string }>(db, 'config', MEMBER_CONFIG_ID));
}

/** The settings from their saved document (as a read joined it: `lookupById('config', MEMBER_CONFIG_ID, ...)`), over the defaults. */
export function memberConfigOf(saved: (Partial<MemberConfig> & { _id?: string }) | null): MemberConfig {
  const { _id, ...values } = saved ?? {};
  return { ...DEFAULT_MEMBER_CONFIG, ...values };
}
