export { ActionBar } from './action-bar'
export type { ActionBarProps } from './action-bar'
