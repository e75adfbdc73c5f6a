import { Text, View } from '@tarojs/components'
import Taro, { useLoad, usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { BRAND } from '@/constants/brand'
import { HOME_PATH } from '@/routes'
import { BrandHeader } from '@/components/brand-header'
import { PageShell } from '@/components/page-shell'
import { DealFeed } from './deal-feed'
import { CoCreationBanner } from './cocreation-banner'
import { PollBanner } from './poll-banner'
import { PostStrip } from './post-strip'
import { useDealList } from './use-deal-list'
import './index.scss'

export default function HomePage() {
  const { state, reload, loadMore } = useDealList()

  useLoad(() => {
    reload()
  })
  usePullDownRefresh(async () => {
    const error = await reload(true)
    Taro.stopPullDownRefresh()
    if (error) Taro.showToast({ title: error.message, icon: 'none' })
  })
  useReachBottom(() => {
    loadMore()
  })
  useShareAppMessage(() => ({ title: `${BRAND.name} · ${BRAND.tagline}`, path: HOME_PATH }))

  return (
    <PageShell className='home'>
      <BrandHeader />
      <PollBanner />
      <CoCreationBanner />
      <PostStrip />
      <View className='home__section'>
        <Text className='home__section-title'>本期拼团</Text>
        <Text className='home__section-note'>社群共创 · 每周上新</Text>
      </View>
      <DealFeed state={state} onRetry={() => reload()} onMore={loadMore} />
    </PageShell>
  )
}
