import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openPartnerJoin } from '@/routes'
import { ConsoleEvents } from './console-events'
import { ConsoleVerifyPanel } from './console-verify-panel'
import { FiguresGrid } from './figures-grid'
import { PartnerHead } from './partner-head'
import { RecentList } from './recent-list'
import { useConsoleVerify } from './use-console-verify'
import { usePartnerConsole } from './use-partner-console'
import './index.scss'

/** 合作伙伴工作台: 核销 vouchers and check attendees in, the partner's figures, its events. */
export default function PartnerConsolePage() {
  const { state, reload, choose } = usePartnerConsole()
  useRefreshOnShow(reload)
  const v = useConsoleVerify()

  if (state.status === 'loading') {
    return (
      <PageShell className='console-page'>
        <View className='console-page__skeleton skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='console-page'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      </PageShell>
    )
  }
  const { partners, console: c } = state.data
  if (!c) {
    return (
      <PageShell className='console-page console-page--none'>
        <StatusView
          kind='empty'
          title='你还不是合作伙伴的店员'
          message='品牌会把邀请链接或邀请码发给合作门店的店员；打开链接或输入邀请码加入后，就能在这里核销卡券、活动签到'
          actionText='输入邀请码'
          onAction={() => openPartnerJoin()}
        />
      </PageShell>
    )
  }
  return (
    <PageShell className='console-page'>
      <PartnerHead partner={c.partner} partners={partners} onChoose={choose} />
      <ConsoleVerifyPanel
        v={{
          ...v,
          confirm: async () => {
            await v.confirm()
            reload(true)
          },
        }}
      />
      <FiguresGrid figures={c.figures} />
      <RecentList recent={c.recent} />
      <ConsoleEvents events={c.events} partnerId={c.partner.partnerId} />
    </PageShell>
  )
}
