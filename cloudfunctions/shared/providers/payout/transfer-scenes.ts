/**
 * What 发起转账 (POST /v3/fund-app/mch-transfer/transfer-bills) must carry for a 转账场景:
 * the report infos (transfer_scene_report_infos, each info_type fixed by WeChat, each
 * info_content ours, 1-32 characters) and the user's perception (user_recv_perception,
 * what the member's confirmation page says the money is).
 *
 * Sources (read 2026-12):
 * - 现金营销 1000: https://pay.weixin.qq.com/doc/v3/merchant/4013774588 — two infos
 *   「活动名称」「奖励说明」, perception 「现金奖励」 or 「活动奖励」 (default 活动奖励).
 * - 佣金报酬 1005: the official scene page was not in reach; the 商家转账 guide
 *   https://pay.weixin.qq.com/doc/v3/merchant/4012711988 (§2.3 发起转账) as quoted by a solved
 *   thread (developers.weixin.qq.com/community/personal/oCJUsw_pd5LAq6gR8A3ki7Tu05uI/answer)
 *   gives two infos 「岗位类型」「报酬说明」 and perception 「劳务报酬」. WeChat answers
 *   INVALID_REQUEST 「暂不支持展示当前传入的用户收款感知」 to a perception it refuses, so the
 *   perception is configuration (WX_TRANSFER_USER_RECV_PERCEPTION) with 劳务报酬 as the default.
 */
export interface SceneRule {
  name: string;
  /** The info_type WeChat fixes for the scene, each with the variable of its content and a default. */
  reports: ReadonlyArray<{ infoType: string; variable: string; fallback: string }>;
  /** The perceptions WeChat documents for the scene; empty when unconfirmed (any is sent as configured). */
  perceptions: readonly string[];
  defaultPerception: string;
}

export const TRANSFER_SCENES: Readonly<Record<string, SceneRule>> = {
  '1000': {
    name: '现金营销',
    reports: [
      { infoType: '活动名称', variable: 'PAYOUT_ACTIVITY_NAME', fallback: '社群拼团推广' },
      { infoType: '奖励说明', variable: 'PAYOUT_REWARD_NOTE', fallback: '社群拼团推广奖励' },
    ],
    perceptions: ['现金奖励', '活动奖励'],
    defaultPerception: '活动奖励',
  },
  '1005': {
    name: '佣金报酬',
    reports: [
      { infoType: '岗位类型', variable: 'PAYOUT_JOB_TYPE', fallback: '社群团长' },
      { infoType: '报酬说明', variable: 'PAYOUT_REWARD_NOTE', fallback: '社群拼团推广佣金' },
    ],
    perceptions: [],
    defaultPerception: '劳务报酬',
  },
};

export interface TransferScene {
  /** transfer_scene_id, e.g. 1005. */
  id: string;
  reportInfos: Array<{ info_type: string; info_content: string }>;
  userRecvPerception: string;
}

/**
 * The scene of this merchant's transfers from WX_TRANSFER_SCENE_ID (the id the merchant
 * platform granted under 产品中心 → 商家转账), with its report contents and perception.
 * Throws a configuration error naming the variable when it is missing or not usable.
 */
export function readTransferScene(env: NodeJS.ProcessEnv): TransferScene {
  const id = env.WX_TRANSFER_SCENE_ID?.trim();
  if (!id) {
    throw new Error(
      'Payouts are not configured: set WX_TRANSFER_SCENE_ID to the 转账场景ID granted in the merchant platform (1005 佣金报酬 for commissions)',
    );
  }
  const rule = TRANSFER_SCENES[id];
  if (!rule) {
    const known = Object.entries(TRANSFER_SCENES).map(([k, r]) => `${k} ${r.name}`).join(', ');
    throw new Error(`WX_TRANSFER_SCENE_ID ${id} is not a scene this app can report (known: ${known})`);
  }
  const reportInfos = rule.reports.map((r) => ({ info_type: r.infoType, info_content: infoContent(env, r.variable, r.fallback) }));
  const userRecvPerception = env.WX_TRANSFER_USER_RECV_PERCEPTION?.trim() || rule.defaultPerception;
  if (rule.perceptions.length > 0 && !rule.perceptions.includes(userRecvPerception)) {
    throw new Error(`WX_TRANSFER_USER_RECV_PERCEPTION must be one of ${rule.perceptions.join(' / ')} for scene ${id}, got "${userRecvPerception}"`);
  }
  return { id, reportInfos, userRecvPerception };
}

/** WeChat takes 1-32 characters of info_content. */
function infoContent(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const content = env[name]?.trim() || fallback;
  if (Array.from(content).length > 32) throw new Error(`${name} must be at most 32 characters, got "${content}"`);
  return content;
}
