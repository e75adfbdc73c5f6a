import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { BRAND } from '@/constants/brand'
import { HOME_PATH } from '@/routes'
import { BrandHeader } from '@/components/brand-header'
import { PageShell } from '@/components/page-shell'
import { DealFeed } from './deal-feed'
import { DealFilterBar } from './deal-filter'
import { CoCreationBanner } from './cocreation-banner'
import { PollBanner } from './poll-banner'
import { PostStrip } from './post-strip'
import { useDealList } from './use-deal-list'
import './index.scss'

export default function HomePage() {
  const [q, setQ] = useState('')
  const [categoryId, setCategoryId] = useState<string | undefined>()
  const { state, reload, loadMore, extras } = useDealList({ q, categoryId })

  // The first load, and again whenever the search or the category changes.
  useEffect(() => {
    reload()
  }, [reload])
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
      <PollBanner polls={extras.polls} />
      <CoCreationBanner />
      <PostStrip photos={extras.photos} />
      <View className='home__section'>
        <Text className='home__section-title'>本期拼团</Text>
        <Text className='home__section-note'>社群共创 · 每周上新</Text>
      </View>
      <DealFilterBar categories={extras.categories} categoryId={categoryId} onCategory={setCategoryId} onSearch={(text) => setQ(text.trim())} />
      <DealFeed state={state} filtered={Boolean(q || categoryId)} onRetry={() => reload()} onMore={loadMore} />
    </PageShell>
  )
}
