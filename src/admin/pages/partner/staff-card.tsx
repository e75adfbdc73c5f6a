import { Button, Text, View } from '@tarojs/components'
import type { AdminPartnerView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { formatDateTime } from '@/utils/format'

export interface StaffCardProps {
  partner: AdminPartnerView
  busy: boolean
  onInvite: () => void
  onRemove: (openid: string, nickname: string) => void
}

/** Who may 核销 for this partner, the invitations still open, and 邀请店员. */
export function StaffCard({ partner: p, busy, onInvite, onRemove }: StaffCardProps) {
  return (
    <View className='partner-section partner-staff'>
      <View className='partner-section__head'>
        <Text className='partner-section__title'>店员</Text>
        <Text className='partner-section__note'>可核销卡券、活动签到、查看合作成效</Text>
      </View>
      {p.staff.length ? (
        p.staff.map((s) => (
          <View key={s.openid} className='partner-staff__member' data-openid={s.openid}>
            <Avatar src={s.avatar} name={s.nickname || '微'} size='sm' />
            <Text className='partner-staff__name'>{s.nickname || '微信用户'}</Text>
            <Text className='partner-staff__remove' onClick={() => onRemove(s.openid, s.nickname)}>
              移除
            </Text>
          </View>
        ))
      ) : (
        <Text className='partner-section__empty'>还没有店员。点「邀请店员」，把链接或邀请码发给对方，在小程序里打开即可加入</Text>
      )}
      {p.invitations.length ? (
        <Text className='partner-staff__open'>
          {p.invitations.length} 个邀请待接受 · 最晚 {formatDateTime(p.invitations[p.invitations.length - 1].expiresAt)} 失效
        </Text>
      ) : null}
      <Button className='partner-section__action partner-staff__invite' disabled={busy || undefined} onClick={onInvite}>
        ＋ 邀请店员
      </Button>
    </View>
  )
}
