import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openAdminDealEdit, openPoll } from '@/routes'
import { AdminPollCard } from './admin-poll-card'
import { PollFormView } from './poll-form-view'
import { useAdminPolls } from './use-admin-polls'
import { usePollForm } from './use-poll-form'
import './index.scss'

export default function AdminPollsPage() {
  const polls = useAdminPolls()
  const [creating, setCreating] = useState(false)
  const editor = usePollForm(() => {
    setCreating(false)
    polls.reload(true)
  })
  useRefreshOnShow(polls.reload)

  const { state } = polls
  return (
    <PageShell className='admin-polls'>
      <AdminPageHead title={creating ? '新建投票' : '投票管理'} note={creating ? '发布后社群成员即可看到' : '发起投票 · 结束 · 采纳胜出选项为新品'} />
      {creating ? null : (
        <Text className='admin-polls__new' onClick={() => setCreating(true)}>
          ＋ 新建投票
        </Text>
      )}
      {creating ? (
        <PollFormView
          editor={editor}
          onCancel={() => {
            editor.reset()
            setCreating(false)
          }}
        />
      ) : state.status === 'loading' ? (
        <View className='poll-admin-card poll-admin-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => polls.reload()} />
      ) : !state.polls.length ? (
        <StatusView kind='empty' title='还没有投票' message='发起一个投票，让社群决定下一款新品' actionText='新建投票' onAction={() => setCreating(true)} />
      ) : (
        <View className='admin-polls__list'>
          {state.polls.map((p) => (
            <AdminPollCard
              key={p.pollId}
              poll={p}
              busy={state.busy === p.pollId}
              onOpen={openPoll}
              onClose={polls.close}
              onAdopt={polls.adopt}
              onEditDeal={openAdminDealEdit}
            />
          ))}
        </View>
      )}
    </PageShell>
  )
}
