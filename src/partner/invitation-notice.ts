import type { InvitationPreview } from '@shared/api'
import { formatDateTime } from '@/utils/format'

/** What the join page says about an opened invitation, and whether it offers 加入. */
export function invitationNotice(p: Pick<InvitationPreview, 'status' | 'expiresAt'>, now: number): { text: string; canJoin: boolean } {
  if (p.status === 'used') {
    return { canJoin: false, text: '这个邀请已经被使用了。如果是你本人加入的，请从「我的 → 合作伙伴工作台」进入；否则请联系品牌重新邀请' }
  }
  if (p.status === 'expired') return { canJoin: false, text: `这个邀请已于 ${formatDateTime(p.expiresAt, now)} 过期，请联系品牌重新邀请` }
  return { canJoin: true, text: `邀请有效期至 ${formatDateTime(p.expiresAt, now)}，只能使用一次` }
}
