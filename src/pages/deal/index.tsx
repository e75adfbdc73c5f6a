import { Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { ActionBar } from '@/components/action-bar'
import { CheckoutSheet } from '@/components/checkout-sheet'
import { DealCoCreation } from '@/components/deal-cocreation'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useShareCode } from '@/hooks/use-share-code'
import { useShareImage } from '@/hooks/use-share-image'
import { dealPath, openHome } from '@/routes'
import { track } from '@/services/analytics'
import { dealQuery } from '@/utils/page-paths'
import { unavailableLabel } from '@/utils/deal-phase'
import { DealGallery } from './deal-gallery'
import { DealPosts } from './deal-posts'
import { DealShare } from './deal-share'
import { DealPerks } from './deal-perks'
import { DealSkeleton } from './deal-skeleton'
import { DealSummary } from './deal-summary'
import { OpenGroupList } from './open-group-list'
import { useDealDetail } from './use-deal-detail'
import { useDealPerks } from './use-deal-perks'
import { useGroupAction } from './use-group-action'
import './index.scss'

const DEAL_PAGE = 'pages/deal/index'

export default function DealPage() {
  const dealId = useRouter().params.id
  const { state, reload } = useDealDetail(dealId)
  const perks = useDealPerks(dealId)
  const deal = state.status === 'ready' ? state.data.deal : undefined
  const { act, checkout, paying, payWith, closeCheckout } = useGroupAction(deal)
  const code = useShareCode()
  const shareImage = useShareImage(deal?.image)

  // Reloads quietly back from a group or the orders: seats and stock have moved on.
  useRefreshOnShow(reload)
  useShareAppMessage(() => {
    track('share_card', { code, page: DEAL_PAGE, dealId })
    return { title: deal ? deal.title : '原野生活 · 一起拼', path: dealPath(dealId ?? '', code), imageUrl: shareImage }
  })
  useShareTimeline(() => {
    track('share_timeline', { code, page: DEAL_PAGE, dealId })
    return { title: deal ? `${deal.title} · 原野生活` : '原野生活 · 一起拼', query: dealQuery(dealId ?? '', code), imageUrl: shareImage }
  })

  if (state.status === 'loading') return <DealSkeleton />
  if (state.status === 'error') {
    return (
      <PageShell className='deal-page'>
        {state.error.code === 'NOT_FOUND' ? (
          <StatusView kind='empty' title='这个拼团找不到了' message={state.error.message} actionText='去首页逛逛' onAction={openHome} />
        ) : (
          <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
        )}
      </PageShell>
    )
  }

  const { deal: d, openGroups, posts, shareEarnFen } = state.data
  return (
    <PageShell className='deal-page'>
      <DealGallery images={d.images.length ? d.images : [d.image]} title={d.title} />
      <DealSummary deal={d} />
      <DealShare earnFen={shareEarnFen} link={shareLink(dealPath(d.dealId, code))} />
      <DealCoCreation deal={d} />
      <DealPerks perks={perks} />
      <OpenGroupList groups={openGroups} onJoin={(groupId) => act({ kind: 'join', groupId })} />
      <DealPosts posts={posts} productId={d.productId} />
      <View className='deal-section'>
        <View className='deal-section__head'>
          <Text className='deal-section__title'>商品介绍</Text>
        </View>
        <Text className='deal-page__description'>{d.description}</Text>
      </View>
      <ActionBar
        groupPriceFen={d.groupPriceFen}
        soloPriceFen={d.soloPriceFen}
        groupSize={d.groupSize}
        blockedLabel={unavailableLabel(d)}
        onHome={openHome}
        onSolo={() => act({ kind: 'solo' })}
        onStart={() => act({ kind: 'start' })}
      />
      {checkout ? (
        <CheckoutSheet
          deal={d}
          unitPriceFen={checkout.kind === 'start' ? d.groupPriceFen : (d.soloPriceFen ?? d.groupPriceFen)}
          heading={checkout.kind === 'start' ? '发起拼团' : '单独购买'}
          busy={paying}
          onPay={payWith}
          onClose={closeCheckout}
        />
      ) : null}
    </PageShell>
  )
}

/** h5: the deal's address on this site, to paste to a friend. */
function shareLink(path: string): string {
  return process.env.TARO_ENV === 'h5' ? `${window.location.origin}/#/${path}` : path
}
