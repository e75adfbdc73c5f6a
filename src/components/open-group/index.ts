export { OpenGroup } from './open-group'
export type { OpenGroupProps } from './open-group'
