import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { PartnerView } from '@shared/api'
import { PageShell } from '@/components/page-shell'
import { PartnerInfo } from '@/components/partner-info'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { invitationNotice } from '@/partner/invitation-notice'
import { inviteTokenFrom } from '@/partner/invite-token'
import { openMe, replaceWithPartnerConsole } from '@/routes'
import { toAppError } from '@/services/app-error'
import { acceptInvitation, previewInvitation } from '@/services/partner-staff'
import { JoinPreview } from './join-preview'
import './index.scss'

const INVALID = '邀请已失效（已被使用或已过期），请联系品牌重新邀请'

/**
 * 加入合作伙伴: whoever opens the brand's invitation becomes staff of its partner. Opened
 * from a link, it first shows the partner and until when the invitation works (or plainly
 * that it was used or expired). Without a token, or when the link is unknown or a join
 * fails, a field to paste the link or the code.
 */
export default function PartnerJoinPage() {
  const param = useRouter().params.token || ''
  const [text, setText] = useState(param ? decodeURIComponent(param) : '')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [joined, setJoined] = useState<PartnerView | null>(null)
  const [typing, setTyping] = useState(false)
  const linked = param ? inviteTokenFrom(decodeURIComponent(param)) : null
  const load = useCallback(() => previewInvitation(linked as string), [linked])
  const { state: preview, reload } = useReloadable(linked ? load : undefined)
  useRefreshOnShow(reload)

  const previewFailed = Boolean(linked) && preview.status === 'error'
  const manual = typing || !linked || previewFailed
  const previewed = !manual && preview.status === 'ready' ? preview.data : null
  const notice = previewed ? invitationNotice(previewed, Date.now()) : null
  const shownError = error || (linked && preview.status === 'error' ? (preview.error.code === 'INVITE_INVALID' ? INVALID : preview.error.message) : '')

  const join = async () => {
    const token = inviteTokenFrom(text)
    if (!token) {
      setError('请粘贴品牌发来的邀请链接，或 32 位邀请码')
      setTyping(true)
      return
    }
    setBusy(true)
    setError('')
    try {
      setJoined(await acceptInvitation(token))
    } catch (e) {
      const err = toAppError(e)
      setTyping(true)
      setError(err.code === 'INVITE_INVALID' ? INVALID : err.message)
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
        <Text className='join-card__title'>{previewed ? `加入「${previewed.partner.name}」` : '成为合作伙伴店员'}</Text>
        <Text className='join-card__note'>
          {manual ? '粘贴品牌发给你的邀请链接或邀请码。每个邀请只能用一次，72 小时内有效' : '品牌邀请你成为这家合作伙伴的店员。加入后可在「我的 → 合作伙伴工作台」核销会员的卡券、为活动签到'}
        </Text>
        {previewed ? <JoinPreview preview={previewed} now={Date.now()} /> : null}
        {!manual && preview.status === 'loading' ? <View className='join-preview join-preview--loading skeleton-block' /> : null}
        {!manual ? null : (
          <>
            <Text className='join-card__label'>邀请码</Text>
            <Input
              className={`join-card__input ${shownError ? 'join-card__input--invalid' : ''}`}
              value={text}
              placeholder='粘贴邀请链接或 32 位邀请码'
              placeholderClass='join-card__placeholder'
              onInput={(e) => {
                setText(e.detail.value)
                setError('')
                setTyping(true)
              }}
              onConfirm={join}
            />
          </>
        )}
        {shownError ? <Text className='join-card__error'>{shownError}</Text> : null}
        {manual || notice?.canJoin ? (
          <Button className='join-card__go' disabled={busy || undefined} onClick={join}>
            {busy ? '加入中…' : '加入'}
          </Button>
        ) : null}
        <Text className='join-card__later' onClick={() => (Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : openMe())}>
          {notice && !notice.canJoin ? '返回' : '暂不加入'}
        </Text>
      </View>
    </PageShell>
  )
}
