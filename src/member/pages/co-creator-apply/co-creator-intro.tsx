import { ApplyIntro } from '@/components/apply-card'
import { CO_CREATOR_PROMISES } from './co-creator-promises'

/** What a 共创官 is and gets. */
export function CoCreatorIntro() {
  return <ApplyIntro block='co-intro' kicker='原野生活 · 共创官计划' title='一起做大家真正想吃的好东西' points={CO_CREATOR_PROMISES} />
}
