export { ApplyIntro } from './apply-intro'
export type { ApplyIntroPoint, ApplyIntroProps } from './apply-intro'
export { ApplyStatus } from './apply-status'
export type { ApplyStatusProps, ApplyTone } from './apply-status'
