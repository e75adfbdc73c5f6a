import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CheckoutSheet } from '@/components/checkout-sheet'
import { DealCoCreation } from '@/components/deal-cocreation'
import { PageShell } from '@/components/page-shell'
import { SharePoster } from '@/components/share-poster'
import { StatusView } from '@/components/status-view'
import { useNowAfter } from '@/hooks/use-now-after'
import { useShareCode } from '@/hooks/use-share-code'
import { useShareImage } from '@/hooks/use-share-image'
import { track } from '@/services/analytics'
import { viewer } from '@/services/viewer'
import { groupPath, openDeal, openHome, openOrders } from '@/routes'
import { GROUP_PAGE } from '@/utils/page-paths'
import { formatYuan } from '@/utils/format'
import { membersNeeded } from '@/utils/group-status'
import { groupAsOf } from '@/utils/order-status'
import { groupQuery } from '@/utils/poster-scene'
import { GroupActions } from './group-actions'
import { GroupBrand } from './group-brand'
import { GroupHeadline } from './group-headline'
import { GroupProduct } from './group-product'
import { GroupRules } from './group-rules'
import { GroupSeats } from './group-seats'
import { GroupSkeleton } from './group-skeleton'
import { InviteTip } from './invite-tip'
import { useGroup } from './use-group'
import { useGroupPurchase } from './use-group-purchase'
import './index.scss'

export default function GroupPage() {
  const { groupId } = groupQuery(useRouter().params)
  const { state, reload } = useGroup(groupId)
  const loaded = state.status === 'ready' ? state.data : undefined
  // The caller's unpaid seat lapses on screen when its pay time comes (no 去支付 after it).
  const now = useNowAfter(loaded?.myOrder?.status === 'pending_payment' ? loaded.myOrder.payBefore : undefined)
  const group = loaded ? groupAsOf(loaded, now) : undefined
  const purchase = useGroupPurchase(group, () => reload(true))
  const code = useShareCode()
  const shareImage = useShareImage(group?.deal.image)
  const [overlay, setOverlay] = useState<'none' | 'invite' | 'poster'>('none')
  const [nickname, setNickname] = useState('')
  useEffect(() => {
    viewer()
      .then((v) => setNickname(v.nickname))
      .catch(() => undefined)
  }, [])

  useShareAppMessage(() => {
    track('share_card', { code, page: GROUP_PAGE, dealId: group?.dealId })
    return { title: group ? shareTitle(group) : '原野生活 · 一起拼', path: groupPath(groupId ?? '', code), imageUrl: shareImage }
  })

  if (state.status === 'loading') return <GroupSkeleton />
  if (state.status === 'error') {
    return (
      <PageShell className='group-page'>
        {state.error.code === 'NOT_FOUND' ? (
          <StatusView kind='empty' title='这个团找不到了' message='可能还没开团，或链接不完整' actionText='去首页逛逛' onAction={openHome} />
        ) : (
          <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
        )}
      </PageShell>
    )
  }

  const g = group ?? state.data
  const openThisDeal = () => openDeal(g.dealId)
  return (
    <PageShell className='group-page'>
      <GroupBrand />
      <GroupProduct deal={g.deal} onOpen={openThisDeal} />
      <DealCoCreation deal={g.deal} />
      <View className='group-card group-card--status'>
        <GroupHeadline group={g} />
        <GroupSeats group={g} />
        <GroupActions
          group={g}
          busy={purchase.busy}
          onJoin={purchase.join}
          onPay={purchase.payAgain}
          onInvite={() => setOverlay('invite')}
          onAgain={openThisDeal}
          onPoster={() => setOverlay('poster')}
          onOrders={openOrders}
        />
      </View>
      <GroupRules deal={g.deal} />
      {purchase.checkout ? (
        <CheckoutSheet
          deal={g.deal}
          unitPriceFen={g.deal.groupPriceFen}
          heading='参与拼团'
          busy={purchase.busy}
          onPay={purchase.joinWith}
          onClose={purchase.closeCheckout}
        />
      ) : null}
      {overlay === 'invite' ? <InviteTip link={shareLink(g.groupId, code)} onClose={() => setOverlay('none')} /> : null}
      {overlay === 'poster' ? (
        <SharePoster
          content={{
            kind: 'group',
            groupId: g.groupId,
            code,
            title: g.deal.title,
            image: g.deal.image,
            groupPriceFen: g.deal.groupPriceFen,
            soloPriceFen: g.deal.soloPriceFen,
            groupSize: g.size,
            membersNeeded: membersNeeded(g),
            sharerNickname: nickname,
          }}
          onClose={() => setOverlay('none')}
        />
      ) : null}
    </PageShell>
  )
}

function shareTitle(g: { status: string; size: number; paidCount: number; deal: { title: string; groupPriceFen: number } }) {
  if (g.status !== 'open') return g.deal.title
  return `还差${membersNeeded(g)}人成团！${formatYuan(g.deal.groupPriceFen)}一起拼「${g.deal.title}」`
}

/** h5: the group's address on this local cloud, to send to a friend. */
function shareLink(groupId: string, code: string | undefined): string {
  return `${window.location.origin}/#/${groupPath(groupId, code)}`
}
