import { Button, Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { AdminError } from '@/admin/components/admin-error'
import { Avatar } from '@/components/avatar'
import { StatusView } from '@/components/status-view'
import { formatDateTime } from '@/utils/format'
import { tierLabel } from '@/utils/tier'
import { Thumbs } from './thumbs'
import { useApplications } from './use-applications'
import type { ConsoleRun } from './use-project-console'

const STATUS = { pending: '待选', selected: '已入选', declined: '未入选' } as const

/** 共创官招募: each application with a tick; the bar counts against the places and confirms. */
export function ApplicationsPanel({ project, busy, run }: { project: ProjectDetail; busy: string | null; run: ConsoleRun }) {
  const { list, selected, toggle, confirm } = useApplications(project, run)
  const { state } = list
  const choosing = project.phase === 'recruiting'
  if (state.status === 'loading') return <View className='admin-card admin-card--skeleton skeleton-block' />
  if (state.status === 'error') return <AdminError error={state.error} onRetry={() => list.reload()} />
  if (!state.data.length) return <StatusView kind='empty' title='还没有报名' message='共创官招募阶段，体验官及以上会员可以报名' />
  return (
    <View className={`console-list ${choosing ? 'console-list--with-bar' : ''}`}>
      {choosing ? null : <Text className='console-list__hint'>共创官招募阶段可以选择入选者</Text>}
      {state.data.map((a) => {
        const on = selected.includes(a.openid)
        return (
          <View key={a.openid} className={`admin-card application-admin ${on ? 'application-admin--on' : ''}`} data-openid={a.openid}>
            <View className='admin-card__head'>
              <Avatar src={a.avatar} name={a.nickname} size='sm' />
              <View className='admin-card__who'>
                <Text className='admin-card__name'>
                  {a.nickname} <Text className='admin-card__tier'>{tierLabel(a.tier)}</Text>
                </Text>
                <Text className='admin-card__meta'>
                  {STATUS[a.status]} · {formatDateTime(a.createdAt)}
                </Text>
              </View>
            </View>
            <Text className='admin-card__quote'>{a.statement}</Text>
            {a.expertise.length ? <Text className='application-admin__expertise'>擅长：{a.expertise.join('、')}</Text> : null}
            <Thumbs images={a.images} />
            {choosing ? (
              <View className='application-admin__select' onClick={() => toggle(a.openid)}>
                <View className='application-admin__box'>{on ? <Text>✓</Text> : null}</View>
                <Text>{on ? '已选为共创官' : '选为共创官'}</Text>
              </View>
            ) : null}
          </View>
        )
      })}
      {choosing ? (
      <View className='selection'>
        <Text className='selection__count'>
          已选 {selected.length}/{project.maxCoCreators} 位
        </Text>
        <Button className='selection__confirm' disabled={!selected.length || Boolean(busy) || undefined} onClick={confirm}>
          {busy === 'select' ? '处理中…' : '确认入选'}
        </Button>
      </View>
      ) : null}
    </View>
  )
}
