import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ContestView } from '@shared/api'
import { AdminError } from '@/admin/components/admin-error'
import { AdminPageHead } from '@/admin/components/admin-page-head'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openContest } from '@/routes'
import { AdminContestCard } from './admin-contest-card'
import { ContestFormView } from './contest-form-view'
import { JudgePanel } from './judge-panel'
import { useAdminContests } from './use-admin-contests'
import { useContestForm } from './use-contest-form'
import './index.scss'

/** The list, the create / edit form, or judging one contest. */
type Mode = { kind: 'list' } | { kind: 'form' } | { kind: 'judge'; contest: ContestView }

const HEAD = {
  list: { title: '征集活动', note: '发起主题晒单 · 截止后评选获奖作品' },
  new: { title: '新建征集活动', note: '发布后在社区的征集活动里可见；时间为北京时间' },
  edit: { title: '编辑征集活动', note: '截止前都可以修改；时间为北京时间' },
  judge: { title: '评选获奖作品', note: '勾选获奖作品，确认后发放奖励' },
}

export default function AdminContestsPage() {
  const contests = useAdminContests()
  const [mode, setMode] = useState<Mode>({ kind: 'list' })
  const backToList = () => {
    setMode({ kind: 'list' })
    contests.reload(true)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }
  const editor = useContestForm(backToList)
  useRefreshOnShow(contests.reload)

  const openForm = (contest?: ContestView) => {
    editor.start(contest)
    setMode({ kind: 'form' })
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }
  const openJudge = (contest: ContestView) => {
    setMode({ kind: 'judge', contest })
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }

  const head = mode.kind === 'form' ? HEAD[editor.contestId ? 'edit' : 'new'] : HEAD[mode.kind]
  const { state } = contests
  return (
    <PageShell className={`admin-contests admin-contests--${mode.kind}`}>
      <AdminPageHead title={head.title} note={head.note} />
      {mode.kind === 'form' ? (
        <ContestFormView editor={editor} onCancel={() => setMode({ kind: 'list' })} />
      ) : mode.kind === 'judge' ? (
        <JudgePanel contest={mode.contest} onAwarded={backToList} onCancel={() => setMode({ kind: 'list' })} />
      ) : state.status === 'loading' ? (
        <View className='contest-admin-card contest-admin-card--skeleton skeleton-block' />
      ) : state.status === 'error' ? (
        <AdminError error={state.error} onRetry={() => contests.reload()} />
      ) : (
        <View className='admin-contests__list'>
          <Text className='admin-contests__new' onClick={() => openForm()}>
            ＋ 新建征集活动
          </Text>
          {state.contests.length ? (
            state.contests.map((c) => <AdminContestCard key={c.contestId} contest={c} onOpen={openContest} onEdit={openForm} onJudge={openJudge} />)
          ) : (
            <StatusView kind='empty' title='还没有征集活动' message='发起一个主题晒单，截止后评出获奖作品' />
          )}
        </View>
      )}
    </PageShell>
  )
}
