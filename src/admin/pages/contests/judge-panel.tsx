import { Button, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import type { ContestView } from '@shared/api'
import { awardCountText } from '@/admin/contest-award'
import { ListFooter } from '@/components/list-footer'
import { PostCard, PostCardSkeleton } from '@/components/post-card'
import { StatusView } from '@/components/status-view'
import { WindowedList } from '@/components/windowed-list'
import { AdminError } from '@/admin/components/admin-error'
import { contestRewardText } from '@/utils/contest-phase'
import { useJudging } from './use-judging'

export interface JudgePanelProps {
  contest: ContestView
  onAwarded: (contest: ContestView) => void
  onCancel: () => void
}

/** 评选: the entries, most liked first, each with a tick; the bar below counts and confirms. */
export function JudgePanel({ contest, onAwarded, onCancel }: JudgePanelProps) {
  const { entries, selected, awarding, toggle, award } = useJudging(contest, onAwarded)
  const { state } = entries
  useReachBottom(() => {
    entries.loadMore()
  })
  return (
    <View className='judge'>
      <View className='judge__intro'>
        <Text className='judge__title'>{contest.title}</Text>
        <Text className='judge__note'>
          共 {contest.entries} 篇作品，按点赞排序。最多评出 {contest.maxWinners} 篇，{contestRewardText(contest.reward)}，并设为精选。
        </Text>
        <Text className='judge__back' onClick={onCancel}>
          ‹ 返回活动列表
        </Text>
      </View>
      {state.status === 'idle' || state.status === 'loading' ? (
        <PostCardSkeleton />
      ) : state.status === 'error' && state.error ? (
        <AdminError error={state.error} onRetry={() => entries.reload()} />
      ) : !state.items.length ? (
        <StatusView kind='empty' title='没有可评选的作品' message='这个活动没有收到已发布的晒单' actionText='返回' onAction={onCancel} />
      ) : (
        <View className='judge__list'>
          <WindowedList
            items={state.items}
            render={(post, i) => {
              const on = selected.includes(post.postId)
              return (
                <PostCard key={post.postId} post={post} onOpen={toggle} className={`judge-entry ${on ? 'judge-entry--on' : ''}`}>
                  <View className='judge-entry__pick' data-post-id={post.postId}>
                    <Text className='judge-entry__rank'>第 {i + 1} · {post.likes} 赞</Text>
                    <View className='judge-entry__check'>
                      <View className='judge-entry__box'>{on ? <Text className='judge-entry__tick'>✓</Text> : null}</View>
                      <Text>{on ? '已选为获奖' : '选为获奖'}</Text>
                    </View>
                  </View>
                </PostCard>
              )
            }}
          />
          <ListFooter loadingMore={state.loadingMore} hasMore={Boolean(state.cursor)} moreError={state.moreError} onMore={entries.loadMore} endText='没有更多作品了' />
        </View>
      )}
      {state.items.length ? (
        <View className='judge-bar'>
          <Text className='judge-bar__count'>{awardCountText(selected.length, contest.maxWinners)}</Text>
          <Button className='judge-bar__confirm' disabled={awarding || !selected.length || undefined} onClick={award}>
            {awarding ? '评选中…' : '确认评选'}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
