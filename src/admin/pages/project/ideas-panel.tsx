import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { IdeaView, ProjectDetail } from '@shared/api'
import { NoteSheet } from '@/admin/components/note-sheet'
import { Avatar } from '@/components/avatar'
import { StatusView } from '@/components/status-view'
import { Tag } from '@/components/tag'
import { adoptIdea } from '@/services/admin-cocreation'
import { formatDateTime } from '@/utils/format'
import { Thumbs } from './thumbs'
import type { ConsoleRun } from './use-project-console'

/** 需求征集: the members' ideas, most upvoted first; 采纳 with a note the author sees. */
export function IdeasPanel({ project, busy, run }: { project: ProjectDetail; busy: string | null; run: ConsoleRun }) {
  const [adopting, setAdopting] = useState<IdeaView | null>(null)
  const ideas = [...project.ideas].sort((a, b) => b.upvotes - a.upvotes)
  if (!ideas.length) return <StatusView kind='empty' title='还没有想法' message={project.phase === 'draft' ? '发布计划后，会员可以在需求征集阶段提交想法' : '会员提交的想法会出现在这里'} />
  return (
    <View className='console-list'>
      {ideas.map((idea) => (
        <View key={idea.ideaId} className={`admin-card idea-admin ${idea.adopted ? 'idea-admin--adopted' : ''}`} data-idea-id={idea.ideaId}>
          <View className='admin-card__head'>
            <Avatar src={idea.author.avatar} name={idea.author.nickname} size='sm' />
            <View className='admin-card__who'>
              <Text className='admin-card__name'>{idea.author.nickname}</Text>
              <Text className='admin-card__meta'>{formatDateTime(idea.createdAt)}</Text>
            </View>
            <Text className='idea-admin__votes'>▲ {idea.upvotes}</Text>
          </View>
          <Text className='admin-card__quote'>{idea.text}</Text>
          <Thumbs images={idea.images} />
          {idea.adopted ? (
            <View className='idea-admin__adopted'>
              <Tag tone='amber'>已采纳</Tag>
              {idea.adoptionNote ? <Text className='admin-card__note'>{idea.adoptionNote}</Text> : null}
            </View>
          ) : (
            <View className='admin-card__actions'>
              <Button className='admin-card__btn admin-card__approve idea-admin__adopt' disabled={Boolean(busy) || undefined} onClick={() => setAdopting(idea)}>
                采纳
              </Button>
            </View>
          )}
        </View>
      ))}
      {adopting ? (
        <NoteSheet
          title='采纳这个想法'
          lines={[`${adopting.author.nickname}：${adopting.text.slice(0, 60)}`, '采纳记入作者的贡献，按奖励方案参与分配']}
          note={{ label: '采纳说明（作者和所有人可见）', placeholder: '如：会作为配方方向之一进入方案共创', required: false }}
          confirmText='确认采纳'
          tone='green'
          busy={busy === 'idea'}
          onCancel={() => setAdopting(null)}
          onConfirm={async (note) => {
            if (await run('idea', '已采纳', () => adoptIdea(adopting.ideaId, note))) setAdopting(null)
          }}
        />
      ) : null}
    </View>
  )
}
