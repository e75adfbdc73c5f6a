import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PartnerInvitationView } from '@shared/api'
import { INVITATION_HOURS } from '@shared/domain/partner'
import { copyText } from '@/services/privacy-refusal'
import { formatDateTime } from '@/utils/format'

const copy = async (data: string, what: string) => {
  if (await copyText(data)) Taro.showToast({ title: `${what}已复制`, icon: 'none' })
}

/** A fresh one-time invitation: sent to a chat as a card (WeChat), or its page path and code copied. */
export function InviteSheet({ partnerName, invitation, onClose }: { partnerName: string; invitation: PartnerInvitationView; onClose: () => void }) {
  return (
    <View className='invite-sheet' catchMove>
      <View className='invite-sheet__mask' onClick={onClose} />
      <View className='invite-sheet__panel'>
        <Text className='invite-sheet__title'>邀请「{partnerName}」的店员</Text>
        <Text className='invite-sheet__note'>
          把链接或邀请码发给店员：在小程序里打开链接，或在「合作伙伴工作台 → 输入邀请码」粘贴即可加入。只能用一次，{INVITATION_HOURS} 小时内有效。
        </Text>
        <Text className='invite-sheet__label'>邀请链接（小程序页面）</Text>
        <View className='invite-sheet__box'>
          <Text className='invite-sheet__value invite-sheet__path' selectable>
            {invitation.path}
          </Text>
          <Text className='invite-sheet__copy' onClick={() => copy(invitation.path, '链接')}>
            复制
          </Text>
        </View>
        <Text className='invite-sheet__label'>邀请码</Text>
        <View className='invite-sheet__box'>
          <Text className='invite-sheet__value invite-sheet__token' selectable>
            {invitation.token}
          </Text>
          <Text className='invite-sheet__copy' onClick={() => copy(invitation.token, '邀请码')}>
            复制
          </Text>
        </View>
        <Text className='invite-sheet__expiry'>{formatDateTime(invitation.expiresAt)} 失效</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='invite-sheet__share' openType='share'>
            发给店员（微信聊天）
          </Button>
        ) : null}
        <Button className='invite-sheet__confirm' onClick={onClose}>
          好的
        </Button>
      </View>
    </View>
  )
}
