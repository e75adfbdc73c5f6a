import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { useReloadable } from '@/hooks/use-reloadable'
import { openMe } from '@/routes'
import { myPoints } from '@/services/fulfilment'
import { MyPoints } from './my-points'
import { usePickupVerify } from './use-pickup-verify'
import { VerifyPanel } from './verify-panel'
import './index.scss'

/** 自提点核销: the caller's points and verifying a shopper's pickup code. */
export default function PickupPage() {
  const { state, reload } = useReloadable(myPoints)
  useRefreshOnShow(reload)
  const v = usePickupVerify()

  if (state.status === 'loading') {
    return (
      <PageShell className='pickup-page'>
        <View className='pickup-page__skeleton skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='pickup-page'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      </PageShell>
    )
  }
  if (!state.data.length) {
    return (
      <PageShell className='pickup-page pickup-page--none'>
        <StatusView
          kind='empty'
          title='你还没有负责的自提点'
          message='团长的自提点由品牌开通；合作门店的店员由品牌在「自提点管理」里添加。开通后就能在这里核销取货码'
          actionText='回到我的'
          onAction={openMe}
        />
      </PageShell>
    )
  }
  return (
    <PageShell className='pickup-page'>
      <MyPoints points={state.data} />
      <VerifyPanel
        v={{
          ...v,
          confirm: async () => {
            await v.confirm()
            reload(true)
          },
        }}
      />
    </PageShell>
  )
}
