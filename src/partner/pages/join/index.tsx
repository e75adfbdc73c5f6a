import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { PartnerView } from '@shared/api'
import { PageShell } from '@/components/page-shell'
import { PartnerInfo } from '@/components/partner-info'
import { inviteTokenFrom } from '@/partner/invite-token'
import { openMe, replaceWithPartnerConsole } from '@/routes'
import { toAppError } from '@/services/app-error'
import { acceptInvitation } from '@/services/partner-staff'
import './index.scss'

/**
 * 加入合作伙伴: whoever opens the brand's invitation becomes staff of its partner. Opened
 * without a token (or with a bad one), a field to paste the link or the code.
 */
export default function PartnerJoinPage() {
  const param = useRouter().params.token || ''
  const [text, setText] = useState(param ? decodeURIComponent(param) : '')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [joined, setJoined] = useState<PartnerView | null>(null)
  // Opened from a link: just 加入; the field shows when there is no token or it failed.
  const [manual, setManual] = useState(!param)

  const join = async () => {
    const token = inviteTokenFrom(text)
    if (!token) {
      setError('请粘贴品牌发来的邀请链接，或 32 位邀请码')
      setManual(true)
      return
    }
    setBusy(true)
    setError('')
    try {
      setJoined(await acceptInvitation(token))
    } catch (e) {
      const err = toAppError(e)
      setManual(true)
      setError(err.code === 'INVITE_INVALID' ? '邀请已失效（已被使用或已过期），请联系品牌重新邀请' : err.message)
    } finally {
      setBusy(false)
    }
  }

  if (joined) {
    return (
      <PageShell className='join-page'>
        <View className='join-card join-card--done'>
          <View className='join-card__tick'>✓</View>
          <Text className='join-card__title'>已加入「{joined.name}」</Text>
          <Text className='join-card__note'>你现在是这家合作伙伴的店员：可以扫码核销会员的卡券、为活动签到，并查看合作成效</Text>
          <PartnerInfo partner={joined} className='join-card__partner' />
          <Button className='join-card__go' onClick={replaceWithPartnerConsole}>
            进入合作伙伴工作台
          </Button>
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell className='join-page'>
      <View className='join-card'>
        <Text className='join-card__title'>成为合作伙伴店员</Text>
        <Text className='join-card__note'>
          {param ? '品牌邀请你加入合作伙伴。加入后可在「我的 → 合作伙伴工作台」核销会员的卡券、为活动签到' : '粘贴品牌发给你的邀请链接或邀请码。每个邀请只能用一次，72 小时内有效'}
        </Text>
        {!manual ? null : (
          <>
            <Text className='join-card__label'>邀请码</Text>
            <Input
              className={`join-card__input ${error ? 'join-card__input--invalid' : ''}`}
              value={text}
              placeholder='粘贴邀请链接或 32 位邀请码'
              placeholderClass='join-card__placeholder'
              onInput={(e) => {
                setText(e.detail.value)
                setError('')
              }}
              onConfirm={join}
            />
          </>
        )}
        {error ? <Text className='join-card__error'>{error}</Text> : null}
        <Button className='join-card__go' disabled={busy || undefined} onClick={join}>
          {busy ? '加入中…' : '加入'}
        </Button>
        <Text className='join-card__later' onClick={() => (Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : openMe())}>
          暂不加入
        </Text>
      </View>
    </PageShell>
  )
}
