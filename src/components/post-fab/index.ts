export { PostFab } from './post-fab'
export type { PostFabProps } from './post-fab'
