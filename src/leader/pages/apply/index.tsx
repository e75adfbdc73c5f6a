import { View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { replaceWithLeader } from '@/routes'
import { ApplicationStatus } from './application-status'
import { ApplyForm } from './apply-form'
import { ApplyIntro } from './apply-intro'
import { useApplication } from './use-application'
import './index.scss'

export default function LeaderApplyPage() {
  const { state, load, update, reapply, submit } = useApplication()
  useLoad(() => {
    load()
  })

  if (state.status === 'loading') {
    return (
      <PageShell className='leader-apply'>
        <View className='apply-intro apply-intro--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='leader-apply'>
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => load()} />
      </PageShell>
    )
  }
  return (
    <PageShell className='leader-apply'>
      <ApplyIntro />
      {state.stage === 'form' ? (
        <ApplyForm
          form={state.form}
          errors={state.errors}
          submitting={state.submitting}
          refiling={state.application?.status === 'rejected'}
          onChange={update}
          onSubmit={submit}
        />
      ) : (
        <ApplicationStatus stage={state.stage} application={state.application} onLeader={replaceWithLeader} onReapply={reapply} />
      )}
    </PageShell>
  )
}
