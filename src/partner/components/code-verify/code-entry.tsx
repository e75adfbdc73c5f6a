import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { apiFailureOf, explainRefusal } from '@/services/privacy-refusal'

const canScan = process.env.TARO_ENV === 'weapp'

export interface CodeEntryProps {
  heading: string
  /** What to scan, for the h5 tip: 取货二维码, 券码或活动票… */
  what: string
  placeholder: string
  text: string
  busy: boolean
  error: string
  onType: (text: string) => void
  onLookup: (input?: string) => void
}

/** 扫码核销 in WeChat, and always the 6-digit field (h5, or when the camera cannot read it). */
export function CodeEntry({ heading, what, placeholder, text, busy, error, onType, onLookup }: CodeEntryProps) {
  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      onLookup(res.result)
    } catch (e) {
      if (explainRefusal(e, '扫码') || apiFailureOf(e) === 'cancelled') return
      Taro.showToast({ title: '没有扫出来，请输入 6 位数字码', icon: 'none' })
    }
  }
  return (
    <View className='code-verify'>
      <Text className='code-verify__heading'>{heading}</Text>
      {canScan ? (
        <Button className='code-verify__scan' disabled={busy || undefined} onClick={scan}>
          扫码核销
        </Button>
      ) : (
        <Text className='code-verify__tip'>在微信里可直接扫会员的{what}；这里请输入对方出示的 6 位数字码</Text>
      )}
      <View className='code-verify__row'>
        <Input
          className='code-verify__code'
          type='number'
          maxlength={6}
          value={text}
          placeholder={placeholder}
          placeholderClass='code-verify__placeholder'
          onInput={(e) => onType(e.detail.value)}
          onConfirm={() => onLookup()}
        />
        <Button className='code-verify__lookup' disabled={busy || undefined} onClick={() => onLookup()}>
          {busy ? '查询中…' : '查询'}
        </Button>
      </View>
      {error ? <Text className='code-verify__error'>{error}</Text> : null}
    </View>
  )
}
