export { WindowedList } from './windowed-list'
export type { WindowedListProps } from './windowed-list'
