import { View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openCheckIn, openLeader } from '@/routes'
import { CoCreatorApplyForm } from './co-creator-apply-form'
import { CoCreatorIntro } from './co-creator-intro'
import { CoCreatorLocked } from './co-creator-locked'
import { CoCreatorStatus } from './co-creator-status'
import { useCoCreatorApply } from './use-co-creator-apply'
import './index.scss'

export default function CoCreatorApplyPage() {
  const { state, load, update, reapply, submit } = useCoCreatorApply()
  useLoad(() => {
    load()
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='co-apply'>
        <View className='co-intro co-intro--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='co-apply'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => load()} />
      </PageShell>
    )
  }
  const { stage } = state
  return (
    <PageShell className={`co-apply co-apply--${stage}`}>
      <CoCreatorIntro />
      {stage === 'locked' ? <CoCreatorLocked me={state.me} onCheckIn={openCheckIn} /> : null}
      {stage === 'form' ? (
        <CoCreatorApplyForm
          form={state.form}
          errors={state.errors}
          submitting={state.submitting}
          refiling={Boolean(state.application)}
          onChange={update}
          onSubmit={submit}
        />
      ) : null}
      {stage !== 'locked' && stage !== 'form' ? (
        <CoCreatorStatus stage={stage} application={state.application} code={state.me.distributorCode} onLeader={openLeader} onReapply={reapply} />
      ) : null}
    </PageShell>
  )
}
