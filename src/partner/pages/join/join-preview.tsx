import { Text, View } from '@tarojs/components'
import type { InvitationPreview } from '@shared/api'
import { PartnerInfo } from '@/components/partner-info'
import { invitationNotice } from '@/partner/invitation-notice'

/** The invitation before 加入: the partner you would serve, and until when the link works (or that it no longer does). */
export function JoinPreview({ preview, now }: { preview: InvitationPreview; now: number }) {
  const notice = invitationNotice(preview, now)
  return (
    <View className={`join-preview join-preview--${preview.status}`}>
      <PartnerInfo partner={preview.partner} className='join-card__partner' />
      <Text className={`join-preview__notice ${notice.canJoin ? '' : 'join-preview__notice--closed'}`}>{notice.text}</Text>
    </View>
  )
}
