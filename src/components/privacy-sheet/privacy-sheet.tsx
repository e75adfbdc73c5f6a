import { Button, Text, View } from '@tarojs/components'
import { BRAND } from '@/constants/brand'
import { openPrivacyPolicy } from '@/routes'
import { PRIVACY_AGREE_BUTTON_ID } from '@/services/privacy'
import './privacy-sheet.scss'

export interface PrivacySheetProps {
  onAgree: () => void
  onRefuse: () => void
}

/** What the sheet says the app uses, each only when the member uses the feature. */
const USES = ['相册照片：晒单、售后和头像时你选中的照片', '保存到相册：保存分享海报', '剪贴板：复制单号、分销码和链接', '收货地址、头像和昵称：下单收货、社区展示']

/**
 * WeChat's privacy step, drawn by the app: what is used and why, a link to the full
 * 隐私保护指引, then 拒绝 or 同意 (the button WeChat requires, open-type agreePrivacyAuthorization).
 */
export function PrivacySheet({ onAgree, onRefuse }: PrivacySheetProps) {
  return (
    <View className='privacy-sheet' catchMove>
      <View className='privacy-sheet__mask' />
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title'>隐私保护提示</Text>
        <Text className='privacy-sheet__lead'>
          在你使用「{BRAND.name}」的相关功能前，请阅读并同意
          <Text className='privacy-sheet__link' onClick={openPrivacyPolicy}>
            《{BRAND.name}隐私保护指引》
          </Text>
          。我们只在你用到时使用：
        </Text>
        <View className='privacy-sheet__uses'>
          {USES.map((use) => (
            <Text key={use} className='privacy-sheet__use'>
              {use}
            </Text>
          ))}
        </View>
        <Text className='privacy-sheet__note'>拒绝不影响浏览和下单，只是这项功能暂时无法使用。</Text>
        <View className='privacy-sheet__actions'>
          <Button className='privacy-sheet__cancel' onClick={onRefuse}>
            拒绝
          </Button>
          <Button
            id={PRIVACY_AGREE_BUTTON_ID}
            className='privacy-sheet__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={onAgree}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
