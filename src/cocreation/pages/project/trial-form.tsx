import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TrialRoundView, TrialScores } from '@shared/api'
import { SCORE_KEYS } from '@shared/domain/cocreation'
import type { AppError } from '@/services/app-error'
import { submitTrialReport } from '@/services/cocreation'
import { checkTrialForm, REPORT_MAX, REPORT_MIN, SCORE_LABELS } from '@/utils/cocreation-form'
import { DraftFields } from './draft-fields'
import { useDraft } from './use-draft'

export interface TrialFormProps {
  projectId: string
  round: TrialRoundView
  gate: (run: () => void) => void
  onReported: (round: TrialRoundView) => void
  onRefused: (e: AppError) => void
}

/** The caller's report on a round: four scores 1–5, what they found, photos, and 会回购. */
export function TrialForm({ projectId, round, gate, onReported, onRefused }: TrialFormProps) {
  const draft = useDraft({ min: REPORT_MIN, max: REPORT_MAX }, '内测感受', 9, onRefused)
  const [scores, setScores] = useState<Partial<TrialScores>>({})
  const [wouldBuy, setWouldBuy] = useState<boolean | null>(null)
  const [problem, setProblem] = useState('')
  const send = () => {
    const checked = checkTrialForm({ scores, text: draft.text, wouldBuy })
    if (!checked.ok) return setProblem(checked.errors.scores || checked.errors.wouldBuy || checked.errors.text || '')
    setProblem('')
    const { scores: s, wouldBuy: w } = checked.value
    gate(() => draft.submit(async (text, images) => onReported(await submitTrialReport(projectId, round.roundId, { scores: s, text, images, wouldBuy: w })), '报告已提交'))
  }
  return (
    <View className='contribution-form trial-form'>
      <Text className='contribution-form__title'>我的内测报告 · {round.version}</Text>
      {SCORE_KEYS.map((key) => (
        <View key={key} className='trial-form__row'>
          <Text className='trial-form__label'>{SCORE_LABELS[key]}</Text>
          {[1, 2, 3, 4, 5].map((n) => (
            <Text
              key={n}
              className={`trial-form__score trial-form__score--${key} ${scores[key] === n ? 'trial-form__score--on' : ''}`}
              data-score={n}
              onClick={() => setScores((s) => ({ ...s, [key]: n }))}
            >
              {n}
            </Text>
          ))}
        </View>
      ))}
      <View className='trial-form__row'>
        <Text className='trial-form__label'>会回购</Text>
        <Text className={`trial-form__buy trial-form__buy--yes ${wouldBuy === true ? 'trial-form__buy--on' : ''}`} onClick={() => setWouldBuy(true)}>
          会
        </Text>
        <Text className={`trial-form__buy trial-form__buy--no ${wouldBuy === false ? 'trial-form__buy--on' : ''}`} onClick={() => setWouldBuy(false)}>
          不会
        </Text>
      </View>
      <DraftFields draft={draft} block='trial-form' placeholder='真实的感受：哪里好、哪里要改，冲泡、饱腹感、甜度…' max={REPORT_MAX} maxPhotos={9} />
      {problem ? <Text className='draft-fields__error trial-form__error'>{problem}</Text> : null}
      <Button className='contribution-form__submit trial-form__submit' disabled={draft.sending || undefined} onClick={send}>
        {draft.sending ? '提交中…' : '提交内测报告'}
      </Button>
    </View>
  )
}
