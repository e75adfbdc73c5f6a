import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ProjectDetail, ProposalKind, ProposalView } from '@shared/api'
import { PROPOSAL_LABELS } from '@shared/domain/cocreation'
import { FilterChips } from '@/admin/components/filter-chips'
import { Avatar } from '@/components/avatar'
import { StatusView } from '@/components/status-view'
import { Tag } from '@/components/tag'
import { adoptProposal, commentProposal } from '@/services/admin-cocreation'
import { Thumbs } from './thumbs'
import type { ConsoleRun } from './use-project-console'

const KINDS = [{ value: undefined, label: '全部' }, ...(Object.keys(PROPOSAL_LABELS) as ProposalKind[]).map((k) => ({ value: k, label: PROPOSAL_LABELS[k] }))]

function ProposalCard({ proposal, busy, run, canComment }: { proposal: ProposalView; busy: string | null; run: ConsoleRun; canComment: boolean }) {
  const [text, setText] = useState('')
  const send = async () => {
    if (text.trim().length < 2) return
    if (await run(`comment-${proposal.proposalId}`, '已评论', () => commentProposal(proposal.proposalId, text.trim()))) setText('')
  }
  return (
    <View className={`admin-card proposal-admin ${proposal.adopted ? 'proposal-admin--adopted' : ''}`} data-proposal-id={proposal.proposalId}>
      <View className='admin-card__head'>
        <Avatar src={proposal.author.avatar} name={proposal.author.nickname} size='sm' />
        <View className='admin-card__who'>
          <Text className='admin-card__name'>{proposal.author.nickname}</Text>
        </View>
        <Tag tone='green'>{PROPOSAL_LABELS[proposal.kind]}</Tag>
        {proposal.adopted ? <Tag tone='amber'>已采纳</Tag> : null}
      </View>
      <Text className='admin-card__quote'>{proposal.text}</Text>
      <Thumbs images={proposal.images} />
      {proposal.comments.map((c) => (
        <Text key={c.commentId} className={`proposal-admin__comment-line ${c.author.isBrand ? 'proposal-admin__comment-line--brand' : ''}`}>
          {c.author.isBrand ? '品牌' : c.author.nickname}：{c.text}
        </Text>
      ))}
      {canComment ? (
      <View className='proposal-admin__reply'>
        <Input className='proposal-admin__comment' value={text} maxlength={200} placeholder='以品牌身份评论…' onInput={(e) => setText(e.detail.value)} />
        <Text className='proposal-admin__send' onClick={send}>
          发送
        </Text>
      </View>
      ) : null}
      {proposal.adopted ? null : (
        <View className='admin-card__actions'>
          <Button className='admin-card__btn admin-card__approve proposal-admin__adopt' disabled={Boolean(busy) || undefined} onClick={() => run('adopt', '已采纳', () => adoptProposal(proposal.proposalId))}>
            采纳
          </Button>
        </View>
      )}
    </View>
  )
}

/** 方案共创: proposals by kind; the brand comments and adopts. */
export function ProposalsPanel({ project, busy, run }: { project: ProjectDetail; busy: string | null; run: ConsoleRun }) {
  const [kind, setKind] = useState<ProposalKind | undefined>(undefined)
  const shown = project.proposals.filter((p) => !kind || p.kind === kind)
  return (
    <View className='console-list'>
      <FilterChips options={KINDS} value={kind} onChange={setKind} />
      {shown.map((p) => (
        <ProposalCard key={p.proposalId} proposal={p} busy={busy} run={run} canComment={project.phase === 'proposals' || project.phase === 'trial'} />
      ))}
      {!shown.length ? <StatusView kind='empty' title='还没有方案' message='方案共创阶段，入选的共创官提交配方、包装、供应商推荐和文案' /> : null}
    </View>
  )
}
