import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { PageShell } from '@/components/page-shell'
import { SharePoster } from '@/components/share-poster'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useShareImage } from '@/hooks/use-share-image'
import { track } from '@/services/analytics'
import { summary } from '@/services/distribution'
import { copyText } from '@/services/privacy-refusal'
import { openLeaderApply, openPickupVerify, openWithdraw } from '@/routes'
import { PickupEntry } from '@/components/pickup-entry'
import { useRunsPickupPoint } from '@/hooks/use-runs-pickup-point'
import { cardPath, LEADER_PATH } from '@/utils/page-paths'
import { LeaderCard } from './leader-card'
import { LeaderFigures } from './leader-figures'
import { LeaderLists } from './leader-lists'
import { TransferConfirmBanner } from './transfer-confirm-banner'
import { useConfirmTransfer } from './use-confirm-transfer'
import { useFeaturedDeals } from './use-featured-deals'
import { useLeaderLists, type LeaderTab } from './use-leader-lists'
import { useViewerProfile } from './use-viewer-profile'
import './index.scss'

export default function LeaderPage() {
  // The leader's code and figures; FORBIDDEN when the caller is not a distributor.
  const { state, reload } = useReloadable(summary)
  const ready = state.status === 'ready'
  // The 待确认收款 reminder opens this page on 提现记录 (?tab=withdrawals).
  const lists = useLeaderLists(ready, Taro.getCurrentInstance().router?.params?.tab === 'withdrawals' ? 'withdrawals' : 'commissions')
  const profile = useViewerProfile()
  const picks = useFeaturedDeals()
  const runsPoint = useRunsPickupPoint()
  const [poster, setPoster] = useState(false)
  const { confirming, confirm } = useConfirmTransfer((w) => {
    lists.withdrawals.update((item) => (item.withdrawalId === w.withdrawalId ? w : item))
    reload(true)
  })

  const shown = useRef(false)
  // Also on coming back from the withdraw page: the balance and the records have moved.
  useDidShow(() => {
    reload(shown.current)
    if (shown.current) lists.refresh()
    shown.current = true
  })
  usePullDownRefresh(async () => {
    const error = await reload(true)
    lists.refresh()
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    lists.active.loadMore()
  })
  const code = ready ? state.data.code : ''
  const shareImage = useShareImage(picks[0]?.image)
  useShareAppMessage(() => {
    track('share_card', { code, page: LEADER_PATH })
    return { title: `${profile.nickname || '团长'}邀你一起拼 · 原野生活`, path: cardPath(code), imageUrl: shareImage }
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='leader-centre'>
        <View className='leader-card leader-card--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='leader-centre'>
        {state.error.code === 'FORBIDDEN' ? (
          <StatusView
            kind='empty'
            title='你还不是团长'
            message='申请通过后获得专属分销码，分享好物赚 15% 佣金'
            actionText='申请成为团长'
            onAction={openLeaderApply}
          />
        ) : (
          <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
        )}
      </PageShell>
    )
  }

  const s = state.data
  const copyCode = async () => {
    if (!(await copyText(s.code))) return
    Taro.showToast({ title: '分销码已复制', icon: 'none' })
    track('copy_code', { code: s.code, page: LEADER_PATH })
  }
  const copyLink = async () => {
    if (!(await copyText(`${window.location.origin}/#/${cardPath(s.code)}`))) return
    Taro.showToast({ title: '名片链接已复制，发给好友吧', icon: 'none' })
    track('copy_code', { code: s.code, page: LEADER_PATH })
  }
  const openList = (tab: LeaderTab) => {
    lists.setTab(tab)
    setTimeout(() => Taro.pageScrollTo({ selector: '.leader-lists', offsetTop: -16, duration: 200 }), 50)
  }
  return (
    <PageShell className='leader-centre'>
      <LeaderCard
        summary={s}
        nickname={profile.nickname}
        avatar={profile.avatar}
        onCopy={copyCode}
        onShareLink={copyLink}
        onPoster={() => setPoster(true)}
      />
      <TransferConfirmBanner waiting={s.awaitingConfirmation ?? []} confirming={confirming} onConfirm={confirm} />
      <LeaderFigures summary={s} onWithdraw={openWithdraw} onOpenList={openList} />
      {runsPoint ? <PickupEntry onOpen={openPickupVerify} /> : null}
      <LeaderLists lists={lists} confirming={confirming} onConfirm={confirm} />
      {poster ? (
        <SharePoster
          content={{ kind: 'card', code: s.code, sharerNickname: profile.nickname, picks }}
          onClose={() => setPoster(false)}
        />
      ) : null}
    </PageShell>
  )
}
