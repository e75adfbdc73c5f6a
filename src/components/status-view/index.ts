export { StatusView } from './status-view'
export type { StatusViewProps } from './status-view'
