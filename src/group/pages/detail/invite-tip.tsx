import { Button, Text, View } from '@tarojs/components'
import { copyText } from '@/services/privacy-refusal'
import './invite-tip.scss'

/** h5: the group's link to send to friends (in WeChat the share panel does this). */
export function InviteTip({ link, onClose }: { link: string; onClose: () => void }) {
  const copy = () => {
    copyText(link, '请长按链接手动复制')
  }
  return (
    <View className='invite-tip'>
      <View className='invite-tip__mask' onClick={onClose} />
      <View className='invite-tip__panel'>
        <Text className='invite-tip__title'>邀请好友参团</Text>
        <Text className='invite-tip__hint'>在微信里点右上角「···」分享给好友；在浏览器里把下面的链接发给 TA：</Text>
        <Text className='invite-tip__link' userSelect>
          {link}
        </Text>
        <Button className='invite-tip__copy' onClick={copy}>
          复制链接
        </Button>
        <Text className='invite-tip__close' onClick={onClose}>
          关闭
        </Text>
      </View>
    </View>
  )
}
