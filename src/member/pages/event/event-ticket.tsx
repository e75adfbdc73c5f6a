import { Text, View } from '@tarojs/components'
import type { EventDetail } from '@shared/api'
import { CodeFace } from '@/member/components/code-face'
import { formatDateTime } from '@/utils/format'

/** The caller's place: the ticket while going, the waitlist position, or the check-in. */
export function EventTicket({ event: e }: { event: EventDetail }) {
  const s = e.signup
  if (!s || s.status === 'cancelled') return null
  if (s.status === 'waitlist') {
    return (
      <View className='event-ticket event-ticket--waitlist'>
        <Text className='event-ticket__title'>候补第 {s.position} 位</Text>
        <Text className='event-ticket__note'>有人取消时按顺序自动补位，补上后这里会出现入场票码</Text>
      </View>
    )
  }
  if (s.status === 'attended') {
    return (
      <View className='event-ticket event-ticket--attended'>
        <Text className='event-ticket__title'>已签到</Text>
        <Text className='event-ticket__note'>
          {s.checkedInAt ? `${formatDateTime(s.checkedInAt)} 签到` : '签到成功'}
          {e.attendGrowth > 0 ? `，获得 ${e.attendGrowth} 成长值` : ''}
        </Text>
      </View>
    )
  }
  return (
    <View className='event-ticket event-ticket--going' data-status='going'>
      <Text className='event-ticket__title'>入场票码</Text>
      {s.token && s.code ? (
        <CodeFace token={s.token} code={s.code} label='票码' size={360} />
      ) : (
        // A seat taken first answers before its ticket is issued: the page's next read shows it.
        <View className='event-ticket__pending skeleton-block' data-pending='ticket'>
          <Text className='event-ticket__pending-text'>入场码生成中…</Text>
        </View>
      )}
      <Text className='event-ticket__note'>到场后向工作人员出示，扫码或报出 6 位票码签到</Text>
    </View>
  )
}
